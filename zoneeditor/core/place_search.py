"""Finding a place or a feature by a name typed by a person (the window's locator, Ctrl+K).

A delegate types "Idlib", "idleb", "إدلب", "ادلب" or "Идлиб" and expects the same town; a
zone called "Idlib" in the project first. Matching is tolerant of what people and other
delegations' files do differently, and nothing more:

- case, accents and Arabic vowel marks (``core.places.fold_name``), apostrophes and the
  signs for ayn and hamza (``Dar'a`` = ``Dara``), hyphens (``Deir ez-Zor`` = ``Deir ez Zor``);
- Arabic letter variants: the hamza and madda forms of alef (أ إ آ ٱ → ا), ta marbuta
  (ة → ه), alef maqsura and ya (ى → ي), Persian kaf and ya;
- the Arabic article: a word of the name may be typed with or without it (``باب`` finds
  ``الباب``; "Bab" finds "Al-Bab" as a word of the name);
- transliteration variants, through the consonant skeleton of ``core.names``
  (``Idleb`` = ``Idlib`` = ``Edlib``; ``Hamah`` = ``Hama``), ranked below spelled matches.

Ranking (``Match.tier``, best first): the whole name as typed, the name starting with what
was typed, a word of the name starting with it, a transliteration variant of the whole
name, of its beginning, then the text anywhere in a name. Tiers come in three groups
(exact; beginning of the name or of a word; variant or inside); within a group, places in
the area the user works on (``near``: the project's extent) come first, as in a GIS
locator biased to the map, so "Bab" finds Al-Bab in Syria before Bab Ezzouar in Algeria.
Then the project's own features before countries and towns, bigger towns before smaller
ones, and the better tier.

No Qt, no files: ``PlaceIndex`` is built from the gazetteer's towns and the basemap's
countries (``places_from_towns``, ``places_from_countries``) once, off the UI thread
(~0.4 s for the bundled 15,000 towns); the open project's features are searched on each
query (``places_from_features``), so a renamed zone is found by its new name at once.

>>> from zoneeditor.core.places import Town
>>> towns = [Town(1, "Idlib", "إدلب", "Идлиб", 36.63, 35.93, 128840, "SY"),
...          Town(2, "Hama", "حماة", "Хама", 36.75, 35.13, 696863, "SY")]
>>> index = PlaceIndex(places_from_towns(towns))
>>> [m.place.name for m in index.search("idleb")], [m.place.name for m in index.search("حماه")]
(['Idlib'], ['Hama'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

import shapely

from zoneeditor.core.names import name_skeleton
from zoneeditor.core.places import fold_name

#: (west, south, east, north) in degrees.
Bounds = tuple[float, float, float, float]

#: Apostrophes and the signs romanised Arabic uses for ayn and hamza: dropped.
_MARKS = re.compile("['’‘ʼʻʿʾ`´ʹ]")
#: Arabic letters written in several ways, mapped to one form (after ``fold_name`` has
#: already dropped hamza and madda marks, so أ إ آ are ا by then).
_ARABIC_VARIANTS = str.maketrans({"ة": "ه", "ى": "ي", "ٱ": "ا", "ک": "ك", "ی": "ي", "ۀ": "ه",
                                  "ھ": "ه"})
#: The Arabic article glued to a word.
_ARABIC_ARTICLE = "ال"


def fold(text: str) -> str:
    """``text`` as the locator compares it: case, accents, marks, Arabic variants set aside.

    >>> fold("Khān Shaykhūn") == fold("khan shaykhun"), fold("إدلب") == fold("ادلب")
    (True, True)
    >>> fold("حماة") == fold("حماه"), fold("Dar'a")
    (True, 'dara')
    """
    return fold_name(_MARKS.sub("", text)).translate(_ARABIC_VARIANTS)


def _word_starts(folded: str) -> tuple[str, ...]:
    """Every tail of ``folded`` that begins a word, also after an Arabic article."""
    starts = []
    position = 0
    for word in folded.split(" "):
        tail = folded[position:]
        if position:
            starts.append(tail)
        if word.startswith(_ARABIC_ARTICLE) and len(word) > len(_ARABIC_ARTICLE) + 1:
            starts.append(tail[len(_ARABIC_ARTICLE):])
        position += len(word) + 1
    return tuple(starts)


class PlaceKind(IntEnum):
    """What a found place is; the order is the order among equally good matches."""

    FEATURE = 0
    COUNTRY = 1
    TOWN = 2


class Tier(IntEnum):
    """How well a name matched what was typed (lower is better)."""

    EXACT = 0
    PREFIX = 1
    WORD_PREFIX = 2
    VARIANT = 3
    VARIANT_PREFIX = 4
    CONTAINS = 5


@dataclass(frozen=True, eq=False)
class Place:
    """Something the locator can jump to.

    ``names`` are every name it is known by (English, Arabic and Russian for a town; name,
    local name and names in other languages — ``name_ru`` — for a feature), the first being
    its main one. ``position`` is (lon, lat) of
    its label point; ``bounds`` (west, south, east, north) what to show of it, None for a
    town (shown around its position). ``weight`` orders equally good matches of one kind
    (a town's population). ``key`` identifies it for the caller: the feature id, the
    country's code, the GeoNames id. ``item`` is the object it was made from.
    """

    kind: PlaceKind
    names: tuple[str, ...]
    position: tuple[float, float]
    bounds: tuple[float, float, float, float] | None
    key: str
    weight: float = 0.0
    item: Any = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The main name (English for a town or country, the name of a feature)."""
        return self.names[0] if self.names else ""


@dataclass(frozen=True)
class Match:
    """A found place, the name of it that matched, and how well (``tier``)."""

    place: Place
    matched: str
    tier: Tier


@dataclass(frozen=True)
class _Entry:
    place: Place
    name: str
    folded: str
    starts: tuple[str, ...]
    skeleton: str


def _entries(places: Iterable[Place]) -> list[_Entry]:
    out = []
    for place in places:
        seen: set[str] = set()
        for name in place.names:
            folded = fold(name)
            if not folded or folded in seen:
                continue
            seen.add(folded)
            out.append(_Entry(place, name, folded, _word_starts(folded), name_skeleton(name)))
    return out


#: Shortest skeleton of a typed text compared as a transliteration variant of a whole name
#: ("Daraa" and "Deraa" are "dr"), and as the beginning of one (two consonants would begin
#: far too many names).
MIN_VARIANT_SKELETON = 2
MIN_VARIANT_PREFIX = 3
#: Shortest typed text looked for anywhere inside a name.
MIN_CONTAINS = 3


class PlaceIndex:
    """Places searchable by name (``search``); immutable once built."""

    def __init__(self, places: Iterable[Place]) -> None:
        """Fold every name of ``places`` and compute its skeleton (the slow part)."""
        self._entries = _entries(places)

    def __len__(self) -> int:
        """Number of names indexed."""
        return len(self._entries)

    def search(self, text: str, limit: int = 20, extra: Sequence[Place] = (),
               near: Bounds | None = None) -> list[Match]:
        """The best ``limit`` places for ``text``, best first; ``extra`` places (the open
        project's features) are searched with the indexed ones; places inside ``near``
        (west, south, east, north) come first among equally good matches. [] for a blank
        text."""
        query = fold(text)
        if not query:
            return []
        skeleton = name_skeleton(text)
        best: dict[int, Match] = {}
        for entry in [*_entries(extra), *self._entries]:
            tier = _tier(entry, query, skeleton)
            if tier is None:
                continue
            key = id(entry.place)
            found = best.get(key)
            if found is None or tier < found.tier:
                best[key] = Match(entry.place, entry.name, tier)
        ranked = sorted(best.values(), key=lambda m: _rank(m, near))
        return ranked[:limit]


def _tier(entry: _Entry, query: str, skeleton: str) -> Tier | None:
    folded = entry.folded
    if folded == query:
        return Tier.EXACT
    if folded.startswith(query):
        return Tier.PREFIX
    if any(start.startswith(query) for start in entry.starts):
        return Tier.WORD_PREFIX
    if len(skeleton) >= MIN_VARIANT_SKELETON and entry.skeleton:
        if entry.skeleton == skeleton:
            return Tier.VARIANT
        if len(skeleton) >= MIN_VARIANT_PREFIX and entry.skeleton.startswith(skeleton):
            return Tier.VARIANT_PREFIX
    if len(query) >= MIN_CONTAINS and query in folded:
        return Tier.CONTAINS
    return None


#: The groups of tiers inside which nearness counts.
_GROUPS = {Tier.EXACT: 0, Tier.PREFIX: 1, Tier.WORD_PREFIX: 1, Tier.VARIANT: 2,
           Tier.VARIANT_PREFIX: 2, Tier.CONTAINS: 2}


def _inside(position: tuple[float, float], box: Bounds) -> bool:
    x, y = position
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _rank(match: Match, near: Bounds | None) -> tuple[int, bool, int, float, int, int, str]:
    place = match.place
    far = near is not None and place.kind != PlaceKind.FEATURE and not _inside(
        place.position, near)
    return (_GROUPS[match.tier], far, place.kind, -place.weight, match.tier,
            len(match.matched), match.matched)


# -- what can be found ---------------------------------------------------------------------------
def places_from_towns(towns: Iterable[Any]) -> list[Place]:
    """Places for ``core.places.Town`` objects (English, Arabic, Russian names)."""
    return [Place(PlaceKind.TOWN, tuple(n for n in (t.name, t.name_ar, t.name_ru) if n),
                  (t.lon, t.lat), None, str(t.id), float(t.population), t)
            for t in towns]


def places_from_countries(countries: Iterable[Any]) -> list[Place]:
    """Places for ``core.basemap_model.Country`` objects; a country is shown by its largest
    piece of land (France is shown as France, not with its overseas islands)."""
    out = []
    for c in countries:
        geometry = c.geometry
        if geometry.is_empty:
            continue
        main = max(shapely.get_parts(geometry), key=lambda g: g.area)
        point = main.representative_point()
        out.append(Place(PlaceKind.COUNTRY, tuple(n for n in (c.name, c.name_ar, c.name_ru)
                                                  if n),
                         (point.x, point.y), tuple(main.bounds), c.iso, main.area, c))
    return out


def places_from_features(features: Iterable[Any]) -> list[Place]:
    """Places for the features of a version (``core.model.Feature``) that have a name."""
    out = []
    for f in features:
        # its names in other languages too ("name_ru": "Восточная Гута"), as a town's
        names = tuple(dict.fromkeys(n for n in (
            f.name, str(f.attributes.get("name_local") or ""),
            *(str(v) for k, v in f.attributes.items()
              if k.startswith("name_") and k != "name_local" and isinstance(v, str)))
            if n.strip()))
        if not names or f.geometry.is_empty:
            continue
        point = f.geometry.representative_point()
        out.append(Place(PlaceKind.FEATURE, names, (point.x, point.y),
                         tuple(f.geometry.bounds), f.id, 0.0, f))
    return out


__all__ = ["MIN_CONTAINS", "MIN_VARIANT_PREFIX", "MIN_VARIANT_SKELETON", "Match", "Place",
           "PlaceIndex", "PlaceKind", "Tier", "fold", "places_from_countries",
           "places_from_features", "places_from_towns"]
