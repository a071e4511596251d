"""The printed merge summary names each conflict's place once.

A stretch conflict's sentence already says "near 35.8°N 36.9°E"; the summary must not
repeat those coordinates in brackets after it. A sentence that names no place (a changed
attribute, a delete against a change) still gets the place in brackets, so every line of
the summary says where to look.
"""

from __future__ import annotations

from support.merge import conflicted

from zoneeditor.core.merge import ConflictKind
from zoneeditor.core.merge.describe import place
from zoneeditor.core.merge.report import Inputs, summary_text

INPUTS = Inputs("alice.gpkg:Proposal B", "bob.gpkg:Proposal B", "base", "history", "Merged",
                "alice.gpkg", 0.0)


def test_each_conflict_line_names_its_place_once():
    result = conflicted()  # a conflict of each kind (tests/support/merge.py)
    kinds = {c.kind for c in result.conflicts}
    assert {ConflictKind.GEOMETRY, ConflictKind.ATTRIBUTE, ConflictKind.DELETE_MODIFY} <= kinds
    lines = {c.kind: line for c, line in zip(
        result.conflicts, [ln for ln in summary_text(result, INPUTS).splitlines()
                           if ln.startswith("  - ")], strict=True)}
    for c in result.conflicts:
        assert c.where is not None
        assert lines[c.kind].count(place(c.where)) == 1, lines[c.kind]
    geometry = lines[ConflictKind.GEOMETRY]
    assert geometry.endswith("near 0.00000°N 0.02000°E.") and "[" not in geometry
    assert lines[ConflictKind.ATTRIBUTE].endswith(f"[{place(result.conflicts[0].where)}]")
