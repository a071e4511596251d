"""Shapefile field names: at most 10 bytes, chosen without collisions, never cut silently.

A dBASE field name holds 10 ASCII characters. QGIS and ogr2ogr cut longer names and may
produce duplicates (``width_left_km`` and ``width_left_m`` both become ``width_left``). Here
every long name gets a short one that is unique within the file, the mapping is shown to the
user before writing, and it is saved beside the shapefile (``<name>.fields.json``) so an
import restores the long names.

>>> names = short_names(["zid", "width_left_km", "width_right_km", "width_left_m"])
>>> list(names.values())
['zid', 'width_left', 'width_righ', 'width_le_2']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

#: Longest field name a dBASE (.dbf) file can hold.
MAX_FIELD_NAME = 10
#: Suffix of the sidecar file that maps short names back to long ones.
SIDECAR_SUFFIX = ".fields.json"


def _ascii_base(name: str) -> str:
    base = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_") or "field"
    if base[0].isdigit():
        base = "f" + base
    return base


def short_names(names: Iterable[str]) -> dict[str, str]:
    """Map each field name to a unique dBASE-safe name of at most 10 ASCII characters.

    Names that already fit are kept; the others are cut, and a cut that collides (case does
    not count: dBASE compares names case-insensitively) gets a numeric suffix ``_2``, ``_3``...
    replacing its last characters. Names are processed in the given order, so the result is
    deterministic.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    names = list(names)
    # Names that fit are reserved first, so a long name can never steal a short one's name.
    for name in names:
        fits = len(name) <= MAX_FIELD_NAME and _ascii_base(name) == name
        if fits and name.casefold() not in taken:
            out[name] = name
            taken.add(name.casefold())
    for name in names:
        if name in out:
            continue
        base = _ascii_base(name)[:MAX_FIELD_NAME]
        candidate, n = base, 2
        while candidate.casefold() in taken:
            suffix = f"_{n}"
            candidate = base[: MAX_FIELD_NAME - len(suffix)] + suffix
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
        "about": "zoneeditor field names: dBASE names are cut to 10 characters; "
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
