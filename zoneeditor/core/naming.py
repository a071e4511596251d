"""Bilingual feature names for labels, legends, panels and messages.

Features carry a romanised ``name`` and a ``name_local`` in the local script (Arabic for the
sample). Where both exist they are shown side by side, ``"Idlib · إدلب"``. Mixing scripts in
one string needs care: without isolation, the Unicode bidi algorithm lets the Arabic part pull
neighbouring digits and punctuation into its right-to-left run ("Zone 4 · منطقة" could show
the 4 on the wrong side), and in a right-to-left interface the Latin part is reordered too.
So the local-script part (and any part that contains right-to-left letters) is wrapped in
FIRST STRONG ISOLATE (U+2068) ... POP DIRECTIONAL ISOLATE (U+2069): it is laid out on its own
and behaves as one neutral block for the text around it. Qt, browsers and PDF text layout all
honour these marks.

Names come from files other parties send us, so bidi control characters already in them
(overrides such as U+202E could make "Idlib" read "bildI", or swap which side of a line a
name appears to be on) are removed before our own isolates are added.

>>> display_name({"name": "Idlib", "name_local": "إدلب"})
'Idlib · \\u2068إدلب\\u2069'
>>> display_name({"name": "Idlib", "name_local": ""})
'Idlib'
>>> plain_display_name({"name": "Idlib", "name_local": "إدلب"})
'Idlib · إدلب'
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from zoneeditor.core.errors import EditRefused
from zoneeditor.core.model import Feature, Party
from zoneeditor.core.positions import format_position

#: FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode 6.3, UAX #9).
FSI = "\u2068"
PDI = "\u2069"
#: Between the two names: a middle dot with spaces, legible in Latin, Cyrillic and Arabic.
SEPARATOR = " · "

# Embeddings, overrides, isolates and marks: LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_RTL_CLASSES = {"R", "AL"}

Order = Literal["name_first", "local_first"]
#: What has a name to show: a feature, a party, or an attribute mapping.
Named = Feature | Party | Mapping[str, Any]


def _attr(obj: Named, key: str) -> str:
    """``key`` ("name", "name_local", "name_ru"...) of a feature, a party or an attribute
    mapping ('' if none; a party has only its two names)."""
    if isinstance(obj, Feature):
        value = obj.attributes.get(key)
    elif isinstance(obj, Mapping):
        value = obj.get(key)
    else:
        value = {"name": obj.name, "name_local": obj.name_local}.get(key)
    return "" if value is None else str(value)


def clean(text: str) -> str:
    """``text`` without bidi control characters, with runs of white space made one space."""
    return " ".join(_BIDI_CONTROLS.sub("", text).split())


def has_rtl(text: str) -> bool:
    """True when ``text`` contains a right-to-left letter (Arabic, Hebrew, Syriac, ...)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def isolate(text: str) -> str:
    """``text`` wrapped in FSI ... PDI (nothing added to an empty string)."""
    return f"{FSI}{text}{PDI}" if text else ""


def name_parts(obj: Named) -> tuple[str, str]:
    """The cleaned ``(name, name_local)`` of a feature, party or mapping.

    The local name is dropped when it only repeats the name (ignoring case), so nothing is
    shown twice.
    """
    name = clean(_attr(obj, "name"))
    local = clean(_attr(obj, "name_local"))
    if local and name and local.casefold() == name.casefold():
        local = ""
    return name, local


def display_name(obj: Named, order: Order = "name_first", separator: str = SEPARATOR,
                 fallback: str = "") -> str:
    """The name to show for a feature (or Party, or attribute mapping), both scripts if known.

    ``"Idlib · ⁨إدلب⁩"`` when both names exist (local part isolated), the one that exists
    otherwise, and ``fallback`` when neither does. Any part that contains right-to-left
    letters is isolated, so the string can be embedded in a sentence or a right-to-left
    interface without reordering its neighbours. ``order="local_first"`` puts the local name
    first (for an Arabic interface or label language).
    """
    name, local = name_parts(obj)
    parts = [name, local] if order == "name_first" else [local, name]
    shown = [isolate(p) if (p == local or has_rtl(p)) else p for p in parts if p]
    if not shown:
        return fallback
    return separator.join(shown)


#: How the map labels features (``render.scene.Scene.label_language``): "both" names side by
#: side (the window's default), the "local"-script name (an Arabic window), or the
#: romanised name ("en").
LabelLanguage = Literal["both", "local", "en"]


def own_name_key(interface: str) -> str:
    """The column that holds a feature's name in the ``interface`` language: ``name_ru`` in
    a Russian window, ``name_ar`` in an Arabic one (as Natural Earth and OpenStreetMap name
    them); '' in English, whose name is the romanised ``name`` itself.

    The one rule for "the interface's own name": ``own_name`` reads that column for the
    map, the Changes panel and the sheet's key; the Attributes panel shows and edits it
    beside ``name`` and ``name_local``; the tools write a new feature's translated default
    name into it (``core.tools.new_names``), while ``name`` gets the English one.

    >>> own_name_key("ru"), own_name_key("ar"), own_name_key("en")
    ('name_ru', 'name_ar', '')
    """
    return f"name_{interface}" if interface not in ("", "en") else ""


def own_name(obj: Named, interface: str) -> str:
    """A feature's name in the ``interface`` language where it has one (its
    ``own_name_key`` column, ``name_ru``), cleaned; '' for English (the romanised ``name``
    is English's) or none. What ``label_name`` shows beside the local name, and the printed
    zone key (``zone_rows``) first, so the map, the Changes panel and the sheet's key name a
    zone alike.

    >>> own_name({"name": "Eastern Ghouta", "name_ru": "Восточная Гута"}, "ru")
    'Восточная Гута'
    >>> own_name({"name": "Eastern Ghouta", "name_ru": "Восточная Гута"}, "ar")
    ''
    """
    key = own_name_key(interface)
    return clean(_attr(obj, key)) if key else ""


def label_name(obj: Named, language: str = "both", fallback: str = "",
               interface: str = "en") -> str:
    """A feature's name as the map labels it in ``language`` (a ``LabelLanguage``): both
    names side by side (``display_name``), the local-script name (else its name in the
    ``interface`` language, else the name), or the romanised name (else the local one);
    ``fallback`` when it has none. Every list that
    names features next to the map (the Changes panel) uses this, so the map and the list
    read alike: "إدلب" in an Arabic window, "Idlib · ⁨إدلب⁩" in an English one.

    With both names, a feature that has a name in the ``interface`` language (a
    ``name_ru`` column, as Natural Earth and OpenStreetMap write them) shows that one
    beside its local name, as the map's towns and countries do: "Восточная Гута ·
    ⁨الغوطة الشرقية⁩" in a Russian window.

    >>> label_name({"name": "Idlib", "name_local": "إدلب"}, "local")
    'إدلب'
    >>> label_name({"name": "Idlib", "name_local": ""}, "local")
    'Idlib'
    >>> label_name({"name": "Eastern Ghouta", "name_ru": "Восточная Гута"}, interface="ru")
    'Восточная Гута'

    A point placed in an Arabic window has no local name, its English default name and
    its Arabic one (``name_ar``): the Arabic window's local labels show the Arabic one.

    >>> label_name({"name": "New point 1", "name_ar": "نقطة جديدة 1"}, "local", interface="ar")
    'نقطة جديدة 1'
    """
    if language == "both":
        own = own_name(obj, interface)
        if own:
            return display_name({"name": own, "name_local": name_parts(obj)[1]},
                                fallback=fallback)
        return display_name(obj, fallback=fallback)
    name, local = name_parts(obj)
    if language == "local":
        return local or own_name(obj, interface) or name or fallback
    return name or local or fallback


def plain_display_name(obj: Named, order: Order = "name_first", separator: str = SEPARATOR,
                       fallback: str = "") -> str:
    """Like ``display_name`` without the isolation marks.

    For outputs that keep text as data rather than laying it out (CSV, a DBF field, a file
    name), where invisible control characters would surprise whoever reads the value.
    """
    name, local = name_parts(obj)
    parts = [name, local] if order == "name_first" else [local, name]
    shown = [p for p in parts if p]
    return separator.join(shown) if shown else fallback


#: LEFT-TO-RIGHT ISOLATE: the text up to the next PDI is laid out left to right on its own.
LRI = "\u2066"
#: NO-BREAK SPACE: keeps a number and its unit on one line ("275.2 km²").
NBSP = "\u00a0"


def ltr(text: str) -> str:
    """``text`` isolated as left-to-right (LRI ... PDI), for coordinates and figures.

    In a right-to-left sentence or interface the bidi algorithm reorders the parts of
    "33°30'36\"N 36°15'E" or "−275.2 km²" (digits, signs and Latin letters are weak or
    neutral there): a DMS coordinate comes out as ``2"36'30°33``. Isolated, it reads as
    written, and the sentence around it is not disturbed. Nothing is added to ''.

    >>> ltr("33.5°N 36.3°E") == "\u206633.5°N 36.3°E\u2069"
    True
    """
    return f"{LRI}{text}{PDI}" if text else ""


#: The start of a whole path: "/", "~/", a drive ("C:" and a slash or backslash), a share
#: (two backslashes).
_PATH_START = re.compile(r"(?:[A-Za-z]:[\\/]|\\\\|~?/)")


def is_path(text: str) -> bool:
    """True when ``text`` is a whole file path (it starts as one: "/", "~/", a drive...).

    A path reads left to right in every language (its folders in order, its slashes
    between them), whatever script its names are in: ``embedded`` and the window's
    translated sentences isolate one left to right even when a folder has an Arabic name.

    >>> is_path("/tmp/sample.gpkg"), is_path("C:/maps/x.gpkg"), is_path("Idlib / Hama")
    (True, True, False)
    """
    return bool(_PATH_START.match(text))


def path_text(path: str | os.PathLike[str]) -> str:
    """A file's path or name for a sentence the user reads: isolated left to right (LRI …
    PDI), so a right-to-left sentence neither turns it round ("…T110123/" for a path that
    ends "/…T110123") nor moves its extension ("gpkg.خريطة"). The one way to put a path,
    a file name or a URL into a message box, the status bar or a note (docs/i18n.md).

    >>> path_text("/tmp/a b/sample.gpkg") == LRI + "/tmp/a b/sample.gpkg" + PDI
    True
    """
    return ltr(str(path))


def lat_lon(lon: float, lat: float, decimals: int = 5) -> str:
    """A position as people write it, latitude first, south and west with S and W:
    "35.91230°N 36.62000°E", "33.86000°S 151.21000°E" (never "-33.86°N").

    >>> lat_lon(36.62, 35.9123), lat_lon(-0.5, -1.25, 2)
    ('35.91230°N 36.62000°E', '1.25°S 0.50°W')
    """
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return f"{abs(lat):.{decimals}f}°{ns} {abs(lon):.{decimals}f}°{ew}"


def with_unit(number: str, unit: str) -> str:
    """``number`` and ``unit`` joined by a no-break space, so a line never ends between them
    (no "km²)" wrapped alone onto the next line).

    >>> with_unit("275.2", "km²")
    '275.2\xa0km²'
    """
    return f"{number}{NBSP}{unit}"


def figure(number: str, unit: str) -> str:
    """A figure and its unit inside a sentence of either direction: the number (with its
    sign) isolated left to right, then the unit in the sentence's own direction, joined by a
    no-break space. In an Arabic sentence "−254.9 كم²" then reads number first, unit after
    it (to its left), as Arabic writes it; isolating the unit too would turn it round
    ("كم² 254.9−"). Units written in Latin letters may stay inside ``ltr`` instead.

    >>> figure("−254.9", "км²") == "\u2066−254.9\u2069\xa0км²"
    True
    """
    return with_unit(ltr(number), unit)


def embedded(value: str) -> str:
    """``value`` isolated for a place inside a sentence of either direction: left to right
    (LRI … PDI) when it has no right-to-left letter, as figures, codes, dates, coordinates
    and Latin or Cyrillic names; first strong (FSI … PDI) otherwise, so an Arabic name
    keeps its own direction. Nothing is added to ''.

    Why every value and not only the "obviously" mixed ones: after an Arabic word, the
    Unicode bidi algorithm turns European digits into Arabic numbers (rule W2), and a hyphen
    between Arabic numbers does not join them (W4 joins European numbers only), so in
    "التاريخ: 2026-12-01" each group is laid out alone and the groups come out right to
    left, "01-12-2026"; a fingerprint "7375-7751-41AB" prints "41AB-7751-7375".

    >>> embedded("2026-12-01") == LRI + "2026-12-01" + PDI
    True
    >>> embedded("إدلب") == FSI + "إدلب" + PDI
    True
    """
    if not value:
        return ""
    return isolate(value) if has_rtl(value) and not is_path(value) else ltr(value)


_PLACEHOLDER = re.compile(r"%(\d+)")


def sentence(template: str, *values: str) -> str:
    """A translated ``template`` with ``%1``, ``%2``… replaced, in one pass, by ``values``,
    each isolated with ``embedded`` so no value is reordered by the sentence around it nor
    reorders it. Placeholders without a value are left as they are.

    This is the one way to put figures, codes and names into a sentence that may be
    right-to-left: the printed sheet ("البصمة: %1", "المقياس %1 (صحيح عند %2)") and the
    window (the print dialog's "Fingerprint %1") alike. A unit that is translated with the
    sentence goes through ``figure`` first (only its number is isolated).

    >>> sentence("Date: %1", "2026-12-01") == "Date: " + LRI + "2026-12-01" + PDI
    True
    >>> strip_bidi(sentence("%2 of %1", "%2", "3"))
    '3 of %2'
    """
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return embedded(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def display_position(lon: float, lat: float, dms: bool = False) -> str:
    """A position for people to read, isolated left to right (``core.positions.format_position``
    wrapped in ``ltr``): the status bar, the coordinate box's example, Problems, print.

    >>> display_position(36.3, 33.51, dms=True) == ltr("33°30′36.0″N 36°18′00.0″E")
    True
    """
    return ltr(format_position(lon, lat, dms))


def strip_bidi(text: str) -> str:
    """``text`` without any bidi control character (to read back a displayed coordinate)."""
    return _BIDI_CONTROLS.sub("", text)


def strip_isolates(text: str) -> str:
    """``text`` without FSI/PDI (e.g. to compare a displayed label with a plain name)."""
    return text.replace(FSI, "").replace(PDI, "")


#: Longest version name accepted: it appears in menus, title bars and table names.
MAX_VERSION_NAME = 80
#: Name of the agreed baseline (``core.model.AGREED``; repeated here, naming imports no model).
_AGREED = "agreed"


def check_version_name(existing: Iterable[str], name: str, renaming: str | None = None) -> str:
    """``name`` cleaned (bidi controls removed, spaces collapsed), or ``EditRefused``.

    Refused: an empty name, one longer than ``MAX_VERSION_NAME``, "agreed" (the baseline's
    reserved name), and a name already used by another version, ignoring case (the CLI's
    ``PATH:VERSION`` finds versions regardless of case, so two must never differ by case
    only). ``renaming`` is the version being renamed: its own name is not "taken".
    """
    cleaned = clean("".join(ch for ch in name if ch.isprintable() or ch == " "))
    if not cleaned:
        raise EditRefused("a version needs a name")
    if len(cleaned) > MAX_VERSION_NAME:
        raise EditRefused(f"a version name has at most {MAX_VERSION_NAME} characters")
    if cleaned.casefold() == _AGREED:
        raise EditRefused("'agreed' is the name of the baseline: choose another name")
    for other in existing:
        if other != renaming and other.casefold() == cleaned.casefold():
            raise EditRefused(f"a version called {other!r} already exists")
    return cleaned
