"""Three-way merge of versions: two delegates' edits of one proposal, combined openly.

``merge(base, ours, theirs)`` returns a ``MergeResult``: the merged version (conflicts kept as
"ours"), the conflicts (each with the three states, a location and a sentence), and which
features came from which side. Geometries merge stretch by stretch on the diff's alignment,
so two edits of one boundary combine when they touch different stretches. No Qt, no files:
finding the common ancestor of two files is ``io.lineage``'s job, the command is
``zoneeditor merge`` (cli/commands/merge.py). Rules and pictures: docs/merge.md.

Names are loaded on first use (PEP 562, as ``io.exchange``): a module that needs only a
light part (``ancestry``, ``result``) — the journal and the lineage tracker every opened
project makes — does not pay for the engine and pyproj at start-up (docs/window.md,
"Start-up").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoneeditor.core.lazy import lazy_name

if TYPE_CHECKING:
    from zoneeditor.core.merge.changeset import changeset_between
    from zoneeditor.core.merge.engine import DEFAULT_MARGIN_M, merge
    from zoneeditor.core.merge.result import (
        SIDES,
        Conflict,
        ConflictKind,
        MergeResult,
        Side,
        Span,
    )

_EXPORTS = {
    "changeset_between": "changeset",
    "DEFAULT_MARGIN_M": "engine",
    "merge": "engine",
    "SIDES": "result",
    "Conflict": "result",
    "ConflictKind": "result",
    "MergeResult": "result",
    "Side": "result",
    "Span": "result",
}

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


def __getattr__(name: str) -> Any:
    """A re-exported name, its module imported on first use (``core.lazy``)."""
    return lazy_name(__name__, _EXPORTS, globals(), name)
