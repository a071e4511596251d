"""The names the tools give new features: the shared English name, and the window's own.

A feature's ``name`` is the shared, romanised name every party's tool reads: the diff, the
exports, the sheet's key and the windows of the other delegations. So a new feature's
``name`` is the English default ("New point 1", "Buffer zone Idlib–Hama line of contact
(3 km)") whatever language the window speaks. A delegate working in Russian or Arabic reads
the default in their own language too: it goes into the interface language's own name column
(``core.naming.own_name_key``: ``name_ru``, ``name_ar``), which that window's map, Changes
panel, sheet and Attributes panel show. Until December 2026 the Draw and Place tools wrote
the translated default into ``name`` ("نقطة جديدة 1", Arabic-only in every other window and
in ``zoneeditor diff``), while the Buffer tool wrote English only.

Core has no translations: the window makes a ``NewNames`` with its translated templates
(``gui.tool_messages.new_feature_names``) for the tools' context
(``core.tools.base.ToolContext.new_names``); ``NewNames()`` is English alone.

>>> from shapely import Point
>>> ru = NewNames("ru", point="Новая точка %1")
>>> ru.feature(LayerKind.POINTS, [])
{'name': 'New point 1', 'name_ru': 'Новая точка 1'}
>>> post = Feature.create("points", Point(0, 0), name="New point 4")
>>> NewNames().feature(LayerKind.POINTS, [post])
{'name': 'New point 5'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from zoneeditor.core.messages import fill
from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.core.naming import name_parts, own_name, own_name_key
from zoneeditor.core.scripts import script_of

#: The English defaults ("%1": the number; the buffer's "%1": its line, "%2", "%3": widths).
ZONE = "New zone %1"
LINE = "New line %1"
POINT = "New point %1"
BUFFER = "Buffer zone %1 (%2 km)"
BUFFER_SIDES = "Buffer zone %1 (%2 km left, %3 km right)"


@dataclass(frozen=True)
class NewNames:
    """The default names of new features: English ones for ``name``, and the interface
    ``language``'s templates for its own name column (the English ones when it is English,
    or has no translation: nothing is written twice)."""

    language: str = "en"
    zone: str = ZONE
    line: str = LINE
    point: str = POINT
    buffer: str = BUFFER
    buffer_sides: str = BUFFER_SIDES

    def feature(self, layer: LayerKind, version: Iterable[Feature]) -> dict[str, str]:
        """The name attributes of a new feature of ``layer`` in ``version``: "New zone N",
        N one above the highest default number of the version's features (by their English
        names, their own-language names, and names given in the interface language before
        December 2026), and its translation in the language's own column."""
        english, own = {LayerKind.ZONES: (ZONE, self.zone), LayerKind.LINES: (LINE, self.line),
                        LayerKind.POINTS: (POINT, self.point)}[LayerKind(layer)]
        numbered = [_numbered(english)] + ([_numbered(own)] if own != english else [])
        key = own_name_key(self.language)
        highest = 0
        for f in version:
            for name in [f.name] + ([str(f.attributes.get(key) or "")] if key else []):
                for pattern in numbered:
                    m = pattern.match(name)
                    if m:
                        highest = max(highest, int(m.group(1)))
        return self._names(english, own, (str(highest + 1),), (str(highest + 1),))

    def buffer_zone(self, line: Feature, left_km: float, right_km: float) -> dict[str, str]:
        """The name attributes of a buffer zone around ``line``: "Buffer zone <line> (3 km)"
        (the line's name), and its translation naming the line in that language where it
        has a name in it."""
        widths = (f"{left_km:g}",) if left_km == right_km else (f"{left_km:g}",
                                                                  f"{right_km:g}")
        english, own = (BUFFER, self.buffer) if len(widths) == 1 else (BUFFER_SIDES,
                                                                       self.buffer_sides)
        base = line.name or "line"
        return self._names(english, own, (base, *widths),
                           (own_name(line, self.language) or base, *widths))

    def shown(self, names: Mapping[str, Any]) -> str:
        """The name of ``names`` (a new feature's attributes) that this window's user reads:
        its own-language one where it has it, else ``name``. For what the tools say about
        the feature (the status bar, the History's step): a Russian window said
        "Добавлена точка New point 1" of a point its map labels "Новая точка 1"."""
        key = own_name_key(self.language)
        return str((names.get(key) if key else None) or names.get("name") or "")

    def of(self, feature: Feature) -> str:
        """The name this window's user reads for an existing ``feature`` in what the tools
        say about it (the History's step, the status bar): its own-language name where it
        has one (``name_ru`` in a Russian window), else its local name when that is written
        in the language's script (the Arabic window's Buffer dialog said "Idlib–Hama line of
        contact" where the map says «خط التماس إدلب–حماة»), else its ``label``. The buffer's
        step named its line "New line 1" in a Russian window whose map labels it "Новая
        линия 1".

        >>> from shapely import LineString
        >>> line = Feature.create("lines", LineString([(0, 0), (1, 1)]), name="New line 1",
        ...                       name_ru="Новая линия 1", name_local="الخط ١")
        >>> NewNames("ru").of(line), NewNames("ar").of(line), NewNames().of(line)
        ('Новая линия 1', 'الخط ١', 'New line 1')
        """
        own = own_name(feature, self.language)
        if own:
            return own
        local = name_parts(feature)[1]
        if local and script_of(local) == _SCRIPTS.get(self.language or "", "-"):
            return local
        return feature.label

    def _names(self, english: str, own: str, args: tuple[str, ...],
               own_args: tuple[str, ...]) -> dict[str, str]:
        names = {"name": fill(english, args)}
        key = own_name_key(self.language)
        if key and own != english:
            names[key] = fill(own, own_args)
        return names


#: The script each interface language writes names in (``core.scripts.script_of``).
_SCRIPTS = {"ar": "Arabic", "ru": "Cyrillic"}


def _numbered(template: str) -> re.Pattern[str]:
    """A pattern matching ``template`` with any number for "%1" (group 1)."""
    return re.compile("^" + re.escape(template).replace("%1", r"(\d+)") + "$")


__all__ = ["BUFFER", "BUFFER_SIDES", "LINE", "POINT", "ZONE", "NewNames"]
