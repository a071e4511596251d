"""The change set turning one version into another: how a merge result is applied.

``changeset_between(old, new, label, version)`` lists, in a stable order, a ``Delta`` for every
feature whose content differs: applied to a document whose version ``version`` holds ``old``,
it gives exactly ``new`` (through ``Document.apply``, so the journal and undo see an ordinary
change). Team sync applies ``changeset_between(ours, result.merged)`` locally and pushes
``changeset_between(theirs, result.resolved("theirs"))``.

>>> from shapely import Point
>>> from zoneeditor.core.model import Feature, Version
>>> a = Feature("p", "points", Point(0, 0))
>>> old, new = Version("P", {"p": a}), Version("P", {"p": a.with_attributes(name="Post")})
>>> [d.kind.value for d in changeset_between(old, new, "Merge", "P").deltas]
['update']
"""

from __future__ import annotations

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.model import Version


def changeset_between(old: Version, new: Version, label: str, version: str) -> ChangeSet:
    """The change set turning ``old`` into ``new`` (features compared exactly), for ``version``.

    Order: updates and deletes in ``old``'s order, then inserts in ``new``'s order.
    """
    deltas = []
    for fid, before in old.features.items():
        after = new.features.get(fid)
        if after is None:
            deltas.append(Delta(before, None))
        elif after is not before and after != before:
            deltas.append(Delta(before, after))
    deltas += [Delta(None, f) for fid, f in new.features.items() if fid not in old.features]
    return ChangeSet(label, version, tuple(deltas))
