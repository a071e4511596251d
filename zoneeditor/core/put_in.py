"""A version with some features put in: what "import as a new proposal" makes of a file
that holds only part of the project (a colleague's file with the two zones they redrew).

The file's features are paired with the base version's as the diff pairs two versions
(``core.diff_match``: by id, then a shared code, the same name, a spelling variant, shared
area): a paired feature replaces the base's and keeps its id, so the Changes panel reads it
as modified; a feature of the file with no pair is added; every other feature of the base is
kept as it is. A paired feature the same as the base's (as the diff sees it) stays the base's
own, and is counted as kept unchanged (``PutIn.counts``: the import command and the dialog
both say what it did from there). An attribute the file has no column for (another tool's
file with no party, no notes) keeps the base feature's value, so a redrawn zone does not
lose its party (``core.kept_attributes``, when the reader says which columns the file has:
``given``; a column it has but leaves empty for a feature is then an edit). Without
``given``, every value the file leaves empty keeps the base's.

>>> from shapely import box
>>> from zoneeditor.core.model import Feature, LayerKind, Version
>>> base = Version("agreed", {f.id: f for f in (
...     Feature("a", LayerKind.ZONES, box(0, 0, 1, 1), {"name": "A", "party": "P"}),
...     Feature("b", LayerKind.ZONES, box(2, 0, 3, 1), {"name": "B"}))})
>>> theirs = Feature("x", LayerKind.ZONES, box(0, 0, 1.1, 1), {"name": "A"})
>>> result = put_in(base, [theirs])
>>> [(f.id, f.attributes["party"]) for f in result.features], result.counts()
([('a', 'P'), ('b', '')], (1, 0, 1))
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from zoneeditor.core.changes import Delta
from zoneeditor.core.diff_change import Change, classify
from zoneeditor.core.diff_match import match_features
from zoneeditor.core.kept_attributes import Given, Kept, with_base_values
from zoneeditor.core.model import Feature, Version


@dataclass(frozen=True)
class PutIn:
    """The features of the base version with a file's features put in, and what became of
    each: ``replaced`` (base id -> how the file's feature standing for it was matched: "id",
    "name", "overlap"...; its content may be the same as the base's),
    ``added`` (ids of the file's features with no pair), ``kept`` (base ids left as
    they were, the file holding nothing for them), ``same`` (base ids of ``replaced``
    whose file feature is the same as theirs, so the copy keeps the base's own)."""

    features: tuple[Feature, ...]
    replaced: dict[str, str]
    added: tuple[str, ...]
    kept: tuple[str, ...]
    same: tuple[str, ...] = ()
    #: The values paired features kept from the base for columns their file does not
    #: have (``core.kept_attributes``; only counted when ``given`` was known).
    values_kept: Kept | None = None

    def counts(self) -> tuple[int, int, int]:
        """(replaced, added, kept unchanged) as a user reads them: a paired feature the
        file holds unchanged is kept unchanged, not replaced (the one count the import
        command and the dialog both say)."""
        return (len(self.replaced) - len(self.same), len(self.added),
                len(self.kept) + len(self.same))

    @property
    def covers_all(self) -> bool:
        """True when the file stands for every feature of the base (none merely kept)."""
        return not self.kept


def _with_gaps_filled(old: Feature, new: Feature) -> dict[str, Any]:
    """``new``'s attributes, with ``old``'s value wherever ``new`` has none."""
    attrs = dict(old.attributes)
    attrs.update({k: v for k, v in new.attributes.items()
                  if (v is not None and v != "") or k not in attrs})
    return attrs


def put_in(base: Version | Iterable[Feature], features: Sequence[Feature],
           given: Given | None = None) -> PutIn:
    """``base``'s features with ``features`` put in (see the module's doc): the base's
    order, each replaced feature in its place under the base's id, then the added ones in
    the file's order. ``given`` (feature id -> the attributes its file has columns for):
    a paired feature keeps the base's values for the others only; without it, for every
    value the feature leaves empty."""
    out: list[Feature] = []
    replaced: dict[str, str] = {}
    added: list[str] = []
    kept: list[str] = []
    same_ids: list[str] = []
    base_by_id = {f.id: f for f in base}
    values_kept = Kept(base.name if isinstance(base, Version) else "") \
        if given is not None else None
    for match in match_features(base_by_id.values(), features):
        old, new = match.delta.old, match.delta.new
        if new is None:
            if old is not None:  # a feature of the base the file does not hold
                out.append(old)
                kept.append(old.id)
        elif old is None:
            out.append(new)
            added.append(new.id)
        else:
            base_id = match.old_id or old.id
            if given is not None and new.id in given:
                theirs = Feature(base_id, new.layer, new.geometry, new.attributes)
                mine = with_base_values(old, theirs, given[new.id])
                if values_kept is not None:
                    values_kept.add(old, given[new.id])
            else:
                mine = Feature(base_id, new.layer, new.geometry, _with_gaps_filled(old, new))
            kept_as_is = base_by_id[base_id]
            # the same content as the base's (as the diff and fingerprint see it): the
            # base's own feature, so the copy differs from the base only where the file does
            same = classify(Delta(kept_as_is, mine))[0] == Change.UNCHANGED
            out.append(kept_as_is if same else mine)
            replaced[base_id] = match.method
            if same:
                same_ids.append(base_id)
    return PutIn(tuple(out), replaced, tuple(added), tuple(kept), tuple(same_ids),
                 values_kept)
