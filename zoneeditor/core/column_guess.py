"""Which of a file's own columns hold what it was not read as: a column found by its values.

Another party's file names its columns its own way: ``camp`` for the party, ``etat`` or
``STAT`` for the status, ``ID`` for the ids the agreed lines gave. What ``core.schema`` does
not recognise by name is read as a column of the file's own, so its parties, statuses and
ids are not taken as such (an outside tester's diff read "Opposition: 10,265.0 → 0.0 km²";
imported, every zone had no party). Here a column is recognised by what it holds: when most
of its distinct values are the other side's values of an attribute the file gives for no
feature (its parties, statuses, kinds), or most of its values are the other side's ids
while the file's own ids are none of them. ``zoneeditor diff`` and ``import`` name the
``--map`` to add (``cli.diff_hints``); the Import dialog chooses the column for the user to
confirm (``gui.import_dialog.mapping_step``).

>>> from zoneeditor.core.model import Feature, LayerKind, Version
>>> from shapely.geometry import Point
>>> ours = Version("agreed", {"z1": Feature("z1", LayerKind.POINTS, Point(0, 0),
...                                         {"name": "A", "party": "Opposition"})})
>>> theirs = Version("x.shp", {"f1": Feature("f1", LayerKind.POINTS, Point(0, 0),
...                                           {"name": "A", "camp": "OPPOSITION", "ID": "z1"})})
>>> suggested_maps(theirs, ours)
{'party': 'camp', 'id': 'ID'}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from zoneeditor.core.model import CORE_ATTRIBUTES, Feature, Version

#: Attributes whose values a column is recognised by (``--map TARGET=COLUMN`` targets).
_BY_VALUE: dict[str, Callable[[Feature], object]] = {
    "party": lambda f: f.party,
    "status": lambda f: f.attributes.get("status"),
    "kind": lambda f: f.attributes.get("kind"),
}
#: At least this share of a column's distinct values (or, for ids, of its features) must
#: be the other side's for the column to be named.
_SHARE = 0.5


def _key(value: object) -> str:
    return " ".join(str(value if value is not None else "").split()).casefold()


def _values(features: Iterable[Feature], of: Callable[[Feature], object]) -> set[str]:
    return {k for f in features if (k := _key(of(f)))}


def _column(name: str) -> Callable[[Feature], object]:
    """The value of column ``name`` of a feature."""
    return lambda f: f.attributes.get(name)


def _own_columns(version: Version) -> list[str]:
    """The columns a file was read with that are none of zoneeditor's attributes (what its
    reader did not recognise), in a stable order."""
    return sorted({key for f in version for key in f.attributes} - set(CORE_ATTRIBUTES))


def suggested_maps(side: Version, other: Version) -> dict[str, str]:
    """``{target: column}``: for each of party, status and kind that ``side`` (read from a
    file) gives for none of its features, the column of its own whose distinct values are
    mostly ``other``'s values of that attribute (letter case and spacing set aside); and
    ``id`` when none of ``side``'s ids is one of ``other``'s but most values of one of its
    columns are. Each column is suggested once, for the target it matches best."""
    columns = _own_columns(side)
    out: dict[str, str] = {}
    taken: set[str] = set()
    for target, of in _BY_VALUE.items():
        if _values(side, of):
            continue  # the file gives it: read as it is
        known = _values(other, of)
        best, best_share = None, _SHARE
        for column in columns:
            held = _values(side, _column(column))
            share = len(held & known) / len(held) if held else 0.0
            if column not in taken and share >= best_share:
                best, best_share = column, share
        if best is not None:
            out[target] = best
            taken.add(best)
    other_ids = {_key(f.id) for f in other}
    if other_ids and not other_ids & {_key(f.id) for f in side}:
        features = list(side)
        best, best_share = None, _SHARE
        for column in columns:
            if column in taken:
                continue
            hits = sum(1 for f in features if _key(f.attributes.get(column)) in other_ids)
            share = hits / len(features) if features else 0.0
            if share >= best_share:
                best, best_share = column, share
        if best is not None:
            out["id"] = best
    return out


__all__ = ["suggested_maps"]
