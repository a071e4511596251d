"""Party and status values from other sources, read as the parties and statuses they name.

Another tool writes ``OPPOSITION`` where the project says ``Opposition``, ``PROPOSED`` where
our vocabulary says ``proposed``, ``" Government "`` with spaces, or a party's Arabic name
typed with another hamza. Compared as text, each was a party of its own: the diff handed
every zone "from Opposition to OPPOSITION", an import created a second, differently
coloured Opposition, ``validate`` refused the status. Here a value is the known party (or
status) it equals once letter case, surrounding and repeated spaces, Unicode compatibility
forms, bidi marks and the spelling variants of Arabic letters (hamza forms of alef, ta
marbuta, diacritics: ``core.names``'s folding) are set aside (``value_key``). A party's local
name (``Party.name_local``) names it too. Values that differ otherwise stay different:
transliterations ("Muarada" for "Opposition") are not guessed; the user maps them
(``values``: ``{"party": {"OPP": "Opposition"}}``, the command line's ``--map-values``).
Every value read as another is told (``Reading``, ``readings_notes``): nothing is silent.

>>> from shapely import Point
>>> from zoneeditor.core.model import Feature, LayerKind
>>> f = Feature("a", LayerKind.POINTS, Point(36, 35), {"party": "OPPOSITION ",
...                                                    "status": "PROPOSED"})
>>> out, said = canonical_values([f], party_spellings(["Opposition"]))
>>> out[0].party, out[0].status
('Opposition', 'proposed')
>>> [str(m) for m in readings_notes(said)]
['party values read up to letter case and spacing: OPPOSITION → Opposition', \
'status values read up to letter case and spacing: PROPOSED → proposed']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from zoneeditor.core.messages import Message, series
from zoneeditor.core.model import STATUSES, Feature, Party
from zoneeditor.core.names import fold

#: The attributes whose values name something of a fixed set (parties, statuses).
VALUE_ATTRIBUTES = ("party", "status")


def value_key(text: str) -> str:
    """The key under which two spellings name the same party or status ('' for none)."""
    return re.sub(r"\s+", " ", fold(text)).strip()


def party_spellings(parties: Iterable[Party | str]) -> dict[str, str]:
    """``value_key`` -> the party's name, for the known parties (names or ``Party``s, whose
    local names count too); the first party of a key wins."""
    out: dict[str, str] = {}
    for party in parties:
        names = [party] if isinstance(party, str) else [party.name, party.name_local]
        canonical = names[0]
        if not canonical:
            continue
        for name in names:
            if name:
                out.setdefault(value_key(name), canonical)
    return out


class Reading(NamedTuple):
    """A value of ``attribute`` read as another: ``read`` (as the file has it) -> ``taken``.
    ``chosen``: the user's value mapping said so; ``local``: it is the party's local name
    (``Party.name_local``, "المعارضة" for Opposition); else only letter case and spacing
    differed. Each is said in its own words (an outside tester read "up to letter case and
    spacing: المعارضة → Opposition", which no change of case explains)."""

    attribute: str
    read: str
    taken: str
    chosen: bool = False
    local: bool = False


def _mapped(values: Mapping[str, Mapping[str, str]] | None) -> dict[str, dict[str, str]]:
    """The user's value mapping keyed by ``value_key`` of the value read."""
    return {attr: {value_key(k): v for k, v in table.items()}
            for attr, table in (values or {}).items()}


def canonical_values(features: Sequence[Feature], parties: Mapping[str, str] | None = None,
                     values: Mapping[str, Mapping[str, str]] | None = None,
                     ) -> tuple[list[Feature], list[Reading]]:
    """``features`` with each party and status as the known one it names, and what was
    read as what (in order of first appearance).

    ``parties`` is ``party_spellings`` of the known parties (the project's, the other side
    of a comparison); a party value no known party matches takes the first spelling seen
    among ``features``, so one file's ``Opposition`` and ``OPPOSITION`` are one party.
    ``parties=None`` leaves party values as they are (only ``values`` maps them): a
    file read on its own, before it meets the parties it will be compared with.
    A status is one of ``core.model.STATUSES`` when it equals one up to case and spacing.
    ``values`` (attribute -> value read -> value meant) is applied first, also up to case.
    """
    spellings: dict[str, dict[str, str] | None] = {
        "party": None if parties is None else dict(parties), "status": _status_spellings()}
    chosen = _mapped(values)
    said: dict[tuple[str, str], Reading] = {}
    out = []
    for feature in features:
        changes = {}
        for attr in VALUE_ATTRIBUTES:
            read = str(feature.attributes.get(attr) or "")
            if not read:
                continue
            key = value_key(read)
            mine = chosen.get(attr, {}).get(key)
            known = spellings[attr]
            if mine is None and known is None:
                continue  # parties left as they are (no known ones given)
            if mine is None:
                assert known is not None
                taken = known.setdefault(key, read.strip())
            else:  # the user's word, spelled as the known party (or status) it names
                taken = (known or {}).get(value_key(mine), mine) if mine else ""
            if taken != read:
                changes[attr] = taken
                # a party value whose key is not its party's was matched by the local name
                # (``party_spellings`` files both names' keys under the party's name)
                local = mine is None and attr == "party" and value_key(taken) != key
                said.setdefault((attr, read),
                                Reading(attr, read, taken, mine is not None, local))
        out.append(feature.with_attributes(**changes) if changes else feature)
    return out, list(said.values())


def _status_spellings() -> dict[str, str]:
    """``value_key`` -> the status, for our vocabulary's statuses."""
    return {value_key(s): s for s in STATUSES}


def unknown_values(features: Iterable[Feature], parties: Mapping[str, str]
                   ) -> dict[str, list[tuple[str, int]]]:
    """Per attribute (party, status), the values of ``features`` that name no known party
    (``parties``: ``party_spellings`` of the known ones) or status, each as first spelled
    with how many features hold it, most frequent first. What a user maps (``values`` of
    ``canonical_values``) or keeps: an unknown party becomes a new party on import.

    >>> from shapely import Point
    >>> from zoneeditor.core.model import Feature, LayerKind
    >>> read = [("OPP", "agreed"), ("opp ", "ok"), ("GOVERNMENT", "")]
    >>> fs = [Feature(str(n), LayerKind.POINTS, Point(36, 35), {"party": p, "status": s})
    ...       for n, (p, s) in enumerate(read)]
    >>> unknown_values(fs, party_spellings(["Government"]))
    {'party': [('OPP', 2)], 'status': [('ok', 1)]}
    """
    known = {"party": parties, "status": _status_spellings()}
    out: dict[str, list[tuple[str, int]]] = {}
    features = list(features)
    for attr in VALUE_ATTRIBUTES:
        spelled: dict[str, str] = {}
        counts: Counter[str] = Counter()
        for feature in features:
            read = str(feature.attributes.get(attr) or "")
            key = value_key(read)
            if key and key not in known[attr]:
                spelled.setdefault(key, read.strip())
                counts[key] += 1
        out[attr] = [(spelled[key], n) for key, n in counts.most_common()]
    return out


def _how(reading: Reading) -> str:
    """How a value was matched: "chosen" (the user's mapping), "local" (a party's local
    name), "case" (up to letter case and spacing)."""
    return "chosen" if reading.chosen else "local" if reading.local else "case"


def _note(attribute: str, how: str, pairs: Message) -> Message:
    """The sentence for values of ``attribute`` matched ``how`` (``_how``), listing
    ``pairs`` (each template a literal, listed for translation)."""
    if attribute == "party":
        if how == "chosen":
            return Message("party values mapped as you chose: %1", pairs)
        if how == "local":
            return Message("party values read by the party's local name: %1", pairs)
        return Message("party values read up to letter case and spacing: %1", pairs)
    if how == "chosen":
        return Message("status values mapped as you chose: %1", pairs)
    return Message("status values read up to letter case and spacing: %1", pairs)


#: The attribute whose values each sentence of ``readings_notes`` lists (by its template).
NOTE_ATTRIBUTES = {
    "party values mapped as you chose: %1": "party",
    "party values read by the party's local name: %1": "party",
    "party values read up to letter case and spacing: %1": "party",
    "status values mapped as you chose: %1": "status",
    "status values read up to letter case and spacing: %1": "status",
}


def _pair(reading: Reading) -> Message:
    """One value read as another, "PROP → proposed" ("UN → (none)": emptied). A Message of
    its own, so the window shows the value taken by its display name (the Attributes
    panel's "مقترح", not the stored "proposed"), and the file's value as the file has it."""
    if reading.taken:
        return Message("%1 → %2", reading.read.strip(), reading.taken)
    return Message("%1 → (none)", reading.read.strip())


def readings_notes(readings: Sequence[Reading]) -> list[Message]:
    """One sentence per attribute and way of matching, saying how: "party values read up
    to letter case and spacing: OPPOSITION → Opposition", "party values read by the party's
    local name: المعارضة → Opposition", "party values mapped as you chose: OPP →
    Opposition". The list of pairs is its argument (``core.messages.series``: one level
    however many, for the sandboxed reader's answer), each pair a Message (``_pair``; the
    sentences' templates say which attribute, ``NOTE_ATTRIBUTES``)."""
    out = []
    for attr in VALUE_ATTRIBUTES:
        for how in ("case", "local", "chosen"):
            pairs = [_pair(r) for r in readings if r.attribute == attr and _how(r) == how]
            if pairs:
                out.append(_note(attr, how, series(pairs)))
    return out


def parse_value_mapping(items: Iterable[str]) -> dict[str, dict[str, str]]:
    """``["party=OPP:Opposition", "status=ok:agreed"]`` -> ``{"party": {"OPP": "Opposition"},
    "status": {"ok": "agreed"}}``; ValueError (with the sentence to show) for anything else."""
    out: dict[str, dict[str, str]] = {}
    for item in items:
        attr, sep, rest = item.partition("=")
        read, colon, meant = rest.rpartition(":")
        attr = attr.strip().casefold()
        if not sep or not colon or attr not in VALUE_ATTRIBUTES or not read.strip():
            raise ValueError(Message(
                "%1: write ATTRIBUTE=VALUE:MEANT with ATTRIBUTE party or status, e.g. "
                "party=OPP:Opposition", repr(item[:60])))
        if attr == "status" and meant.strip() and meant.strip() not in STATUSES:
            raise ValueError(Message("%1: a status is one of %2", repr(item[:60]),
                                     ", ".join(STATUSES)))
        out.setdefault(attr, {})[read.strip()] = meant.strip()
    return out


__all__ = ["NOTE_ATTRIBUTES", "VALUE_ATTRIBUTES", "Reading", "canonical_values",
           "parse_value_mapping", "party_spellings", "readings_notes", "unknown_values",
           "value_key"]
