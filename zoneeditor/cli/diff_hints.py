"""Which ``--map`` would have compared what a file's columns hold, said beside the report.

Another party's file names its columns its own way: ``camp`` for the party, ``etat`` or
``STAT`` for the status, ``ID`` for the ids the agreed lines gave. What ``core.schema`` does
not recognise is read as a column of the file's own, so its parties, statuses and ids are
not compared: the report rightly leaves them out (``core.diff_absent``), but a user learned
only that "'x.shp' gives no status for any feature" (an outside tester), and had to guess
that ``--map status=STAT`` would compare them. Here a column is recognised by what it holds:
when most of its distinct values are the other side's values of an attribute the file gives
for no feature (its parties, statuses, kinds), or most of its values are the other side's
ids while the file's own ids are none of them, the command names the option to add.

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

from zoneeditor.core.diff_words import ENGLISH, ReportWords
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


#: The sentence for a column found to hold each target's values: %1 the file, %2 the
#: column, %3 the option to add (listed for translation in ``i18n.extra_strings``).
HINTS = {
    "party": "%1: its column %2 holds the other side's parties; to compare them, add %3",
    "status": "%1: its column %2 holds the other side's statuses; to compare them, add %3",
    "kind": "%1: its column %2 holds the other side's kinds of feature; to compare them, "
            "add %3",
    "id": "%1: its column %2 holds the other side's ids; to pair the features by them, "
          "add %3",
}


#: The same for ``zoneeditor import``, whose other side is the project imported into.
IMPORT_HINTS = {
    "party": "%1: its column %2 holds the project's parties; to import them as such, add %3",
    "status": "%1: its column %2 holds the project's statuses; to import them as such, "
              "add %3",
    "kind": "%1: its column %2 holds the project's kinds of feature; to import them as such, "
            "add %3",
    "id": "%1: its column %2 holds the ids of the project's features; to keep them as the "
          "features' ids, add %3",
}


def map_hints(name: str, option: str, maps: dict[str, str],
              words: ReportWords = ENGLISH, sentences: dict[str, str] = HINTS) -> list[str]:
    """One sentence per column of ``maps`` (``suggested_maps``) of the file ``name``, to be
    mapped with the command's ``option`` ("--map-new" for diff's NEW input, "--map" for
    import), in ``words``' language: "x.shp: its column camp holds the other side's
    parties; to compare them, add --map-new party=camp" (``sentences``: ``HINTS``, or
    ``IMPORT_HINTS`` for import)."""
    return [words.say(sentences[target], words.name(name), words.name(column),
                      words.name(f"{option} {target}={column}"))
            for target, column in maps.items()]


__all__ = ["HINTS", "IMPORT_HINTS", "map_hints", "suggested_maps"]
