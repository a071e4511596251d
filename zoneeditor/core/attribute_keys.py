"""One spelling per attribute column, whatever the letter case another file used.

A GeoPackage column, a shapefile field and a GeoJSON property from another party's tool may
spell one column ``NAME_RU`` where the project says ``name_ru``. They are one column to
SQLite and GDAL (names compare without case), so a project layer holding both cannot be
written at all; and they are one column to the user, who expects the values side by side
and the diff to compare them. Features entering the project (an import) therefore take the
project's spelling of each column, or the first spelling seen among them for a new column;
``unique_columns`` is the save's last guard for keys that differ only in case.

>>> from shapely import Point
>>> from zoneeditor.core.model import LayerKind
>>> incoming = [Feature("a", LayerKind.POINTS, Point(36, 35), {"NAME_RU": "Идлиб"})]
>>> [f.attributes["name_ru"] for f in harmonise_keys(incoming, ["name", "name_ru"])]
['Идлиб']
>>> unique_columns(["name_ru", "NAME_RU", "note"])
{'name_ru': 'name_ru', 'NAME_RU': 'NAME_RU_2', 'note': 'note'}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from zoneeditor.core.model import Feature


def project_keys(features: Iterable[Feature]) -> list[str]:
    """Every attribute key of ``features``, in order of first appearance."""
    return list(dict.fromkeys(k for f in features for k in f.attributes))


def harmonise_keys(features: Sequence[Feature], known: Iterable[str]) -> list[Feature]:
    """``features`` with each attribute key spelled as in ``known`` (the project's keys)
    when they differ only in letter case, else as the first of ``features`` spelled it.

    A feature holding two keys that differ only in case (two columns of one file) keeps the
    second under a free name (``_2``): both values stay.
    """
    spelling = {k.casefold(): k for k in reversed(list(known))}  # the first spelling wins
    out = []
    for feature in features:
        for key in feature.attributes:
            spelling.setdefault(key.casefold(), key)
        seen: set[str] = set()
        renamed = {}
        for key, value in feature.attributes.items():
            name = spelling[key.casefold()]
            if name.casefold() in seen:
                name = _free(key, seen)
            seen.add(name.casefold())
            renamed[name] = value
        out.append(feature if list(renamed) == list(feature.attributes)
                   else Feature(feature.id, feature.layer, feature.geometry, renamed))
    return out


def unique_columns(keys: Iterable[str]) -> dict[str, str]:
    """Each key's column name, unique without regard to case: a key that clashes with an
    earlier one gets ``_2``, ``_3``... (as the exchange formats name repeated fields)."""
    seen: set[str] = set()
    out: dict[str, str] = {}
    for key in keys:
        if key in out:
            continue
        name = key if key.casefold() not in seen else _free(key, seen)
        seen.add(name.casefold())
        out[key] = name
    return out


def _free(key: str, seen: set[str]) -> str:
    n = 2
    while f"{key}_{n}".casefold() in seen:
        n += 1
    return f"{key}_{n}"
