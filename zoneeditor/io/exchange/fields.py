"""Shapefile field names: at most 10 bytes, chosen without collisions, never cut silently.

A dBASE field name holds 10 bytes in the file's encoding: 10 Latin letters, but 5 Cyrillic
or Arabic ones in UTF-8 (two bytes each) and 10 in cp1256. QGIS and ogr2ogr cut longer
names and may produce duplicates (``width_left_km`` and ``width_left_m`` both become
``width_left``), or cut a UTF-8 name inside a character. Here every long name gets a short
one that is unique within the file and ends at a character boundary, the mapping is shown
to the user before writing, and it is saved beside the shapefile (``<name>.fields.json``)
so an import restores the long names.

>>> names = short_names(["zid", "width_left_km", "width_right_km", "width_left_m"])
>>> list(names.values())
['zid', 'width_left', 'width_righ', 'width_le_2']
>>> short_names(["Название", "ИД"])
{'Название': 'Назва', 'ИД': 'ИД'}
"""

from __future__ import annotations

import codecs
import itertools
import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path

#: Longest field name a dBASE (.dbf) file can hold, in bytes of the file's encoding.
MAX_FIELD_NAME = 10
#: Suffix of the sidecar file that maps short names back to long ones.
SIDECAR_SUFFIX = ".fields.json"


def _size(text: str, encoding: str) -> int:
    return len(text.encode(encoding))


def _kept(ch: str, encoding: str) -> bool:
    """True for a character a field name keeps: a letter, mark, digit or ``_`` the file's
    encoding can hold (spaces and punctuation trouble other programs' expressions)."""
    if ch.isascii():
        return ch == "_" or ch.isalnum()
    if unicodedata.category(ch)[0] not in "LMN":
        return False
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _base(name: str, encoding: str) -> str:
    """``name`` with each run of characters a field name cannot keep replaced by one ``_``."""
    parts = ["".join(run) if keep else "_"
             for keep, run in itertools.groupby(name, key=lambda ch: _kept(ch, encoding))]
    base = "".join(parts).strip("_") or "field"
    if base[0].isdigit():
        base = "f" + base
    return base


def _cut(text: str, limit: int, encoding: str) -> str:
    """The longest start of ``text`` that fits in ``limit`` bytes, ending at a character
    boundary and never between a letter and its combining marks (Arabic vowel signs)."""
    end = size = 0
    while end < len(text) and size + _size(text[end], encoding) <= limit:
        size += _size(text[end], encoding)
        end += 1
    while 1 < end < len(text) and unicodedata.category(text[end]).startswith("M"):
        end -= 1  # the next character belongs to the last one kept: leave both out
    return text[:end]


def _codec(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return "ascii"  # an unknown encoding is refused by the writer; plan as for ASCII


def short_names(names: Iterable[str], encoding: str = "utf-8") -> dict[str, str]:
    """Map each field name to a unique dBASE-safe name of at most 10 bytes in ``encoding``.

    Names that already fit are kept; the others are cut at a character boundary (Cyrillic
    and Arabic stay Cyrillic and Arabic: ``Название`` -> ``Назва`` in UTF-8), and a cut
    that collides (case does not count: dBASE compares names case-insensitively) gets a
    numeric suffix ``_2``, ``_3``... replacing its last characters. Characters the encoding
    cannot hold, spaces and punctuation become ``_``; a name left with nothing is
    ``field``. Names are processed in the given order, so the result is deterministic.
    """
    encoding = _codec(encoding)
    out: dict[str, str] = {}
    taken: set[str] = set()
    names = list(names)
    # Names that fit are reserved first, so a long name can never steal a short one's name.
    for name in names:
        fits = _base(name, encoding) == name and _size(name, encoding) <= MAX_FIELD_NAME
        if fits and name.casefold() not in taken:
            out[name] = name
            taken.add(name.casefold())
    for name in names:
        if name in out:
            continue
        base = _base(name, encoding)
        candidate, n = _cut(base, MAX_FIELD_NAME, encoding), 2
        while candidate.casefold() in taken:
            suffix = f"_{n}"
            candidate = _cut(base, MAX_FIELD_NAME - len(suffix), encoding) + suffix
            n += 1
        out[name] = candidate
        taken.add(candidate.casefold())
    return {name: out[name] for name in names}


def changed_names(mapping: dict[str, str]) -> dict[str, str]:
    """Only the entries whose short name differs from the long one (what the dialog shows)."""
    return {k: v for k, v in mapping.items() if k != v}


def sidecar_path(shp: Path) -> Path:
    """Where the field-name mapping of ``shp`` lives: ``<stem>.fields.json`` beside it."""
    return shp.with_name(shp.stem + SIDECAR_SUFFIX)


def write_sidecar(shp: Path, mapping: dict[str, str]) -> Path:
    """Write the mapping (short -> long, plus the reverse) beside ``shp``; returns its path."""
    path = sidecar_path(shp)
    payload = {
        "about": "zoneeditor field names: dBASE names are cut to 10 bytes; "
        "this maps each short name in the .dbf back to its full name",
        "fields": [{"short": s, "long": long} for long, s in mapping.items()],
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_sidecar(shp: Path) -> dict[str, str]:
    """The short -> long mapping saved beside ``shp`` ({} when absent or unreadable)."""
    path = sidecar_path(shp)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return {
            str(e["short"]): str(e["long"])
            for e in payload.get("fields", [])
            if isinstance(e, dict) and "short" in e and "long" in e
        }
    except (OSError, ValueError, TypeError, AttributeError):
        return {}
