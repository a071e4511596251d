"""Attributes one side of a comparison does not have at all, and what the diff does about it.

Another party's file often lacks columns a project has: a shapefile with names, parties and
statuses but no kind, a KML without local names. Compared field by field, every feature of
it "changed kind" and "changed name_local", and worse, the Idlib buffer security zone, a
buffer zone in the agreed lines and of no kind in the file, became the Monitors' territory:
"Monitors: 0.0 → 313.8 km²" and "105.9 km² passes from Government to Monitors".

An attribute that one side gives for none of its features while the other gives it
(``absent_attributes``) is therefore not a change of any pair, and a zone of the side without
kinds keeps the kind of the zone it is paired with (``carried``), so a buffer zone stays
out of the party totals; the report says so in one sentence (``absent_note``). This holds
only between sides that share no feature id (two sources, paired by code, name or
overlap): two versions of one project share ids, and there an attribute nobody filled in
one version (notes added to a proposal) is a change. Parties have their own rule
(``diff_totals.without_parties``: no party totals at all), names always compare.

A column of another tool's own (not one of ``CORE_ATTRIBUTES``) that one side has on every
feature of each layer where it has it, and the other side gives for none, is a difference
of the two tables, not of each feature: a file imported into a copy of the agreed lines
brought its ``STATUS_CODE`` column, and the comparison with the agreed lines listed all six
zones as "modified — changed STATUS_CODE", the one zone whose boundary moved lost among
them (an outside tester). Such a column is absent from the other side (``whole_columns``),
whether or not the two share ids, and the note names it. A column only some features have
(a delegate's remark on two zones) still changes those features.

Sharing ids does not make two sides one project's versions: the other party's file is most
often an export of the agreed lines, edited in another tool and sent back with the same
ids, and it lacks columns the project has (its own names for the party and status columns,
no ``source_line`` of a buffer zone, no Russian names). Compared by id field by field, every
feature "changed kind, name_local, notes" and the one real change was lost among them (an
outside tester). So when the caller says a side was read from another tool's file
(``files``), every attribute that file gives for none of its features while the other side
gives it is absent, whatever the matching: a column a file does not have is never a change.
(The other way round it is: notes the file gives where the agreed lines have none are
the file's changes.)

A foreign file can bring dozens of such columns (an OSM extract's tags): the note names
``NAMED_COLUMNS`` of them, ours first, then by name, and counts the rest ("'agreed' gives no
ADM1_PCODE, ADM1_EN, ADM1_REF and 27 more columns for any feature"), so it stays one line.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from zoneeditor.core.changes import Delta
from zoneeditor.core.messages import Message, counted, joined
from zoneeditor.core.model import CORE_ATTRIBUTES, Feature, LayerKind, attribute_phrase

#: Attributes an absent column is forgiven for (party: diff_totals.without_parties).
FORGIVEN = ("name_local", "kind", "status", "notes")

#: Columns the note names one by one; more are counted. One more is named rather than
#: counted: "and 1 more column" takes the room its name would.
NAMED_COLUMNS = 3


def absent_attributes(old: Iterable[Feature], new: Iterable[Feature],
                      files: Collection[str] = ()) -> dict[str, str]:
    """``{attribute: side}`` for each of ``FORGIVEN`` that one side ("old" or "new") gives for
    none of its features while the other gives it for some (only between sides sharing no
    id), and for each of the other side's whole columns (``whole_columns``). When a side was
    read from another tool's file (its role in ``files``), every attribute but the party
    (``diff_totals.without_parties``) that this side gives for none of its features while
    the other gives it, whatever the ids."""
    sides = [list(old), list(new)]
    out = whole_columns(sides[0], sides[1])
    if files:
        keys = [_given(side) for side in sides]
        for k, role in enumerate(("old", "new")):
            if role in files and sides[k]:  # a project's empty column is no absent one:
                # the notes a file adds to the agreed lines are its changes
                out.update(dict.fromkeys(sorted(keys[1 - k] - keys[k] - {"party"}), role))
        return out
    if {f.id for f in sides[0]} & {f.id for f in sides[1]}:
        return out
    for name in FORGIVEN:
        given = [any(str(f.attributes.get(name) or "").strip() for f in side) for side in sides]
        for k, role in enumerate(("old", "new")):
            if sides[k] and not given[k] and given[1 - k]:
                out[name] = role
    return out


def _given(features: Iterable[Feature]) -> set[str]:
    """The attributes ``features`` give a value for (on one feature at least)."""
    return {key for f in features for key, v in f.attributes.items()
            if str(v if v is not None else "").strip()}


def whole_columns(old: Sequence[Feature], new: Sequence[Feature]) -> dict[str, str]:
    """``{column: side without it}`` for each column not of ``CORE_ATTRIBUTES`` that one
    side has on every feature of each of its layers that has it at all, and the other side
    ("old" or "new") gives for none of its features."""
    out: dict[str, str] = {}
    for k, role in ((0, "new"), (1, "old")):  # the side with the column, the one without
        having, other = (old, new) if k == 0 else (new, old)
        given_other = _given(other)
        by_layer: dict[LayerKind, list[Feature]] = {}
        for f in having:
            by_layer.setdefault(f.layer, []).append(f)
        keys = {key for f in having for key in f.attributes} - set(CORE_ATTRIBUTES)
        for key in keys - given_other:
            layers = [feats for feats in by_layer.values()
                      if any(key in f.attributes for f in feats)]
            if all(key in f.attributes for feats in layers for f in feats):
                out[key] = role
    return out


def carried(delta: Delta, absent: Mapping[str, str]) -> Delta:
    """``delta`` with the kind of a zone on the side without kinds taken from its pair (a
    buffer zone stays one); any other delta as it is."""
    side = absent.get("kind")
    old, new = delta.old, delta.new
    if side is None or old is None or new is None or old.layer != LayerKind.ZONES:
        return delta
    if side == "new":
        return Delta(old, new.with_attributes(kind=old.attributes.get("kind", "")))
    return Delta(old.with_attributes(kind=new.attributes.get("kind", "")), new)


def absent_note(absent: Mapping[str, str], old_label: str, new_label: str) -> list[Message]:
    """One sentence per side saying which attributes it does not have and what follows."""
    notes = []
    for role, label in (("old", old_label), ("new", new_label)):
        names = [a for a in FORGIVEN if absent.get(a) == role] + sorted(
            a for a, side in absent.items() if side == role and a not in FORGIVEN)
        if not names:
            continue
        if "kind" in names:
            notes.append(Message("%1 gives no %2 for any feature: these are not counted as "
                                 "changes, and each zone keeps the kind of the zone it is "
                                 "paired with (a buffer zone stays one)", label,
                                 column_list(names)))
        else:
            notes.append(Message("%1 gives no %2 for any feature: these are not counted as "
                                 "changes", label, column_list(names)))
    return notes


def column_list(names: Sequence[str]) -> str:
    """``names`` as the note says them: all of them up to ``NAMED_COLUMNS`` + 1, else the
    first ``NAMED_COLUMNS`` and how many more, a counted Message the window translates with
    its plural form ("ADM1_PCODE, ADM1_EN, ADM1_REF and 27 more columns"). ``names`` come in
    the note's order (``FORGIVEN`` first, so "kind", which the note's sentence is about,
    is always named)."""
    # ours as the window names them ("name (Russian)", translated there), another tool's
    # columns by their own names (an outside tester read "gives no name_ru")
    said = [attribute_phrase(name) for name in names]
    if len(said) <= NAMED_COLUMNS + 1:
        return joined(said, comma=True)
    return counted("%1 and %n more column(s)", len(said) - NAMED_COLUMNS,
                   joined(said[:NAMED_COLUMNS], comma=True))


__all__ = ["FORGIVEN", "NAMED_COLUMNS", "absent_attributes", "absent_note", "carried",
           "column_list", "whole_columns"]
