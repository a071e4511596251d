"""A project's lineage: the states its versions went through, so two copies find their base.

Stored in tables of the project GeoPackage (``store``), written on every save by the
Session's ``LineageTracker`` (``tracker``) as tables it owns (``io.project_tables``), read by
``zoneeditor merge`` to find the common ancestor of two files (``find``); ``merging`` does
a whole merge of another copy into an open session (the command and the window share it).
Open conflicts of merge proposals are kept beside it (``conflicts``). Layout, pruning and
what survives a copy: docs/merge.md.

Names are loaded on first use (PEP 562, as ``io.exchange``): every opened project makes a
``LineageTracker``, and opening one must not import the merge machinery (docs/window.md,
"Start-up").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoneeditor.core.lazy import lazy_name

if TYPE_CHECKING:
    from zoneeditor.io.lineage.conflicts import read_conflict_states, read_conflicts
    from zoneeditor.io.lineage.find import Base, NoCommonAncestor, find_base, version_digest
    from zoneeditor.io.lineage.merging import (
        FileMerge,
        MergeTarget,
        free_name,
        merge_from_file,
    )
    from zoneeditor.io.lineage.store import read_content, read_records
    from zoneeditor.io.lineage.tracker import KEEP_RECENT, Digests, LineageTracker, MergeNote

_EXPORTS = {
    "read_conflict_states": "conflicts",
    "read_conflicts": "conflicts",
    "Base": "find",
    "NoCommonAncestor": "find",
    "find_base": "find",
    "version_digest": "find",
    "FileMerge": "merging",
    "MergeTarget": "merging",
    "free_name": "merging",
    "merge_from_file": "merging",
    "read_content": "store",
    "read_records": "store",
    "KEEP_RECENT": "tracker",
    "Digests": "tracker",
    "LineageTracker": "tracker",
    "MergeNote": "tracker",
}

__all__ = [
    "KEEP_RECENT",
    "Base",
    "Digests",
    "FileMerge",
    "LineageTracker",
    "MergeNote",
    "MergeTarget",
    "NoCommonAncestor",
    "find_base",
    "free_name",
    "merge_from_file",
    "read_conflict_states",
    "read_conflicts",
    "read_content",
    "read_records",
    "version_digest",
]


def __getattr__(name: str) -> Any:
    """A re-exported name, its module imported on first use (``core.lazy``)."""
    return lazy_name(__name__, _EXPORTS, globals(), name)
