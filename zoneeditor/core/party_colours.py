"""Colours for parties a project does not know yet (an imported file's "Government").

A project built from other parties' files had no party table, so every zone was drawn,
printed and listed in the legend in the same neutral grey: a sheet where two sides cannot
be told apart. New parties get a colour of a fixed palette, in the order they first appear,
skipping colours the project already uses — never a colour chosen for what a party is
(the tool is neutral), and never the selection orange or the neutral grey.

>>> from zoneeditor.core.model import Party, ProjectMeta
>>> meta = ProjectMeta(parties=(Party("A", PALETTE[0]),))
>>> [(p.name, p.colour) for p in with_parties(meta, ["A", "B", "", "B"]).parties]
[('A', '#1f77b4'), ('B', '#d62728')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from zoneeditor.core.model import Party, ProjectMeta

#: Distinct on screen and on paper, also for the common colour-vision deficiencies in
#: pairs of neighbours (Tableau 10 without its orange, near the selection colour, and its
#: grey, the colour of "no party").
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
           "#17becf", "#393b79", "#637939", "#843c39", "#7b4173")


def with_parties(meta: ProjectMeta, names: Iterable[str]) -> ProjectMeta:
    """``meta`` with a party added for each name it lacks (``""``, no party, is none), each
    in the first palette colour no party uses; ``meta`` itself when nothing is missing."""
    known = {p.name for p in meta.parties}
    missing = [n for n in dict.fromkeys(names) if n and n not in known]
    if not missing:
        return meta
    used = {p.colour.casefold() for p in meta.parties}
    free = [c for c in PALETTE if c not in used]
    added = []
    for i, name in enumerate(missing):
        # more parties than colours: the palette again, in order (still better than grey)
        colour = free[i] if i < len(free) else PALETTE[(i - len(free)) % len(PALETTE)]
        added.append(Party(name, colour))
    return replace(meta, parties=(*meta.parties, *added))
