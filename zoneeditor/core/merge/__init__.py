"""Three-way merge of versions: two delegates' edits of one proposal, combined openly.

``merge(base, ours, theirs)`` returns a ``MergeResult``: the merged version (conflicts kept as
"ours"), the conflicts (each with the three states, a location and a sentence), and which
features came from which side. Geometries merge stretch by stretch on the diff's alignment,
so two edits of one boundary combine when they touch different stretches. No Qt, no files:
finding the common ancestor of two files is ``io.lineage``'s job, the command is
``zoneeditor merge`` (cli/commands/merge.py). Rules and pictures: docs/merge.md.
"""

from zoneeditor.core.merge.changeset import changeset_between
from zoneeditor.core.merge.engine import DEFAULT_MARGIN_M, merge
from zoneeditor.core.merge.result import SIDES, Conflict, ConflictKind, MergeResult, Side, Span

__all__ = [
    "DEFAULT_MARGIN_M",
    "SIDES",
    "Conflict",
    "ConflictKind",
    "MergeResult",
    "Side",
    "Span",
    "changeset_between",
    "merge",
]
