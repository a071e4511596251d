"""Which features a user means by ``zoneeditor sync --resolve … --feature WORD``.

A user knows a feature by its name ("Idlib"), or its local name; the internal id
("zone-idlib") appears in no message. So a word is taken as an id first, then as a name or
local name, case-insensitively, among the features of the open conflicts only (a feature
without an open conflict has nothing to decide). A name that fits several of them is
refused, naming their ids, rather than deciding conflicts the user did not mean.
"""

from __future__ import annotations

from collections.abc import Iterable

from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, Project
from zoneeditor.io.team.errors import TeamError
from zoneeditor.io.team.local_state import SyncConflict


def _names(feature: Feature | None) -> set[str]:
    if feature is None:
        return set()
    found = {feature.name, str(feature.attributes.get("name_local") or "")}
    return {n.strip().casefold() for n in found if n.strip()}


def open_features(conflicts: Iterable[SyncConflict], project: Project) -> dict[str, set[str]]:
    """Each feature id of the open conflicts, with every name it goes by (casefolded):
    here, on the server and at the last sync."""
    out: dict[str, set[str]] = {}
    for c in conflicts:
        if c.resolution or not c.ids:
            continue
        version = project.versions.get(c.version)
        for fid in c.ids:
            seen = [f for fid_, f in (*c.theirs_states, *c.base_states) if fid_ == fid]
            if fid == c.feature_id:
                seen += [c.base, c.ours, c.theirs]
            if version is not None:
                seen.append(version.get(fid))
            names = out.setdefault(fid, set())
            for f in seen:
                names |= _names(f)
    return out


def feature_ids(words: Iterable[str], conflicts: Iterable[SyncConflict],
                project: Project) -> list[str]:
    """The feature ids ``words`` name (see the module text). A word that names no feature
    of an open conflict is kept as it is (``decide`` then says there is no such conflict);
    TeamError when a name fits several features."""
    known = open_features(conflicts, project)
    by_id = {fid.casefold(): fid for fid in known}
    out: list[str] = []
    for word in words:
        if word in known:
            out.append(word)
            continue
        key = word.strip().casefold()
        if key in by_id:
            out.append(by_id[key])
            continue
        named = sorted(fid for fid, names in known.items() if key in names)
        if len(named) > 1:
            raise TeamError(Message("%1 names %2 features with open conflicts (ids %3): give "
                                    "one of these ids with %4", repr(word), len(named),
                                    ", ".join(named), "--feature"))
        out.append(named[0] if named else word)
    return out
