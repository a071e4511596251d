"""Writers for a merge: the JSON report and the readable summary (kept apart from the engine).

The JSON report (``report_to_dict``) lists what was taken from each side, what was combined,
and every conflict with what each side did and where (GeoJSON-ordered lon/lat). Field by
field in docs/merge.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.merge.describe import changed_parts, place
from zoneeditor.core.merge.result import Conflict, ConflictKind, MergeResult, Side
from zoneeditor.core.model import Feature, Version

REPORT_FORMAT = "zoneeditor-merge-report"
REPORT_VERSION = 1


@dataclass(frozen=True)
class Inputs:
    """Where the merged versions came from, for the report (labels like ``a.gpkg:Proposal B``)."""

    ours: str
    theirs: str
    base: str
    base_found: str            # "history" (found from the files) or "given" (--base)
    proposal: str              # the proposal written
    project: str               # the file it was written to
    margin_m: float


def _did(base: Feature | None, side: Feature | None) -> str:
    """What one side did to a feature, in a few words."""
    if base is None:
        return "added" if side is not None else "nothing"
    if side is None:
        return "deleted"
    parts = changed_parts(base, side)
    return f"changed {', '.join(parts)}" if parts else "left unchanged"


def _path(xy: np.ndarray) -> list[list[float]]:
    return [[float(x), float(y)] for x, y in xy]


def _side(conflict: Conflict, side: Side) -> dict[str, Any]:
    feature = conflict.ours if side == "ours" else conflict.theirs
    out: dict[str, Any] = {"did": _did(conflict.base, feature)}
    if conflict.kind == ConflictKind.ATTRIBUTE and conflict.values is not None:
        value = conflict.values[1] if side == "ours" else conflict.values[2]
        out["did"] = f"set {conflict.attribute} to {value!r}" if value not in (None, "") \
            else f"cleared {conflict.attribute}"
        out["value"] = value
    if conflict.spans:
        out["stretches"] = [
            {"feature_id": s.feature_id, "coordinates": _path(s.path(side))}
            for s in conflict.spans if not s.whole]
    return out


def conflict_to_dict(conflict: Conflict) -> dict[str, Any]:
    """One conflict as JSON-ready data."""
    feature = conflict.ours or conflict.theirs or conflict.base
    base: dict[str, Any] = {"exists": conflict.base is not None}
    if conflict.kind == ConflictKind.ATTRIBUTE and conflict.values is not None:
        base["value"] = conflict.values[0]
    if conflict.spans:
        base["stretches"] = [{"feature_id": s.feature_id, "coordinates": _path(s.base)}
                             for s in conflict.spans if not s.whole]
    return {
        "key": conflict.key,
        "kind": conflict.kind.value,
        "feature_id": conflict.feature_id,
        "features": list(conflict.feature_ids),
        "name": feature.name if feature else "",
        "layer": feature.layer.value if feature else "",
        "attribute": conflict.attribute,
        "where": ({"lon": conflict.where[0], "lat": conflict.where[1]}
                  if conflict.where else None),
        "description": conflict.description,
        "base": base,
        "ours": _side(conflict, "ours"),
        "theirs": _side(conflict, "theirs"),
    }


def _entries(result: MergeResult, ids: tuple[str, ...], side: str | None
             ) -> list[dict[str, Any]]:
    out = []
    for fid in ids:
        b, o, t = result.states(fid)
        f = result.merged.get(fid) or o or t or b
        entry: dict[str, Any] = {"id": fid, "name": f.name if f else "",
                                 "layer": f.layer.value if f else ""}
        if side is not None:
            entry["did"] = _did(b, o if side == "ours" else t)
        else:
            entry["within_geometry"] = fid in result.within_geometry
        out.append(entry)
    return out


def report_to_dict(result: MergeResult, inputs: Inputs, proposal: Version) -> dict[str, Any]:
    """The JSON report of a merge written as ``proposal``."""
    def fp(v: Version | None) -> str:
        return short(fingerprint(v)) if v is not None else ""

    return {
        "format": REPORT_FORMAT,
        "format_version": REPORT_VERSION,
        "ours": {"version": inputs.ours, "fingerprint": fp(result.ours)},
        "theirs": {"version": inputs.theirs, "fingerprint": fp(result.theirs)},
        "base": {"version": inputs.base, "found": inputs.base_found,
                 "fingerprint": fp(result.base)},
        "proposal": {"file": inputs.project, "version": inputs.proposal,
                     "fingerprint": fp(proposal)},
        "margin_m": inputs.margin_m,
        "summary": {"taken_ours": len(result.taken_ours),
                    "taken_theirs": len(result.taken_theirs),
                    "combined": len(result.combined),
                    "within_geometry": len(result.within_geometry),
                    "same_on_both": len(result.same_on_both),
                    "conflicts": len(result.conflicts)},
        "taken_ours": _entries(result, result.taken_ours, "ours"),
        "taken_theirs": _entries(result, result.taken_theirs, "theirs"),
        "combined": _entries(result, result.combined, None),
        "same_on_both": _entries(result, result.same_on_both, "ours"),
        "conflicts": [conflict_to_dict(c) for c in result.conflicts],
    }


def summary_text(result: MergeResult, inputs: Inputs) -> str:
    """The readable summary printed by ``zoneeditor merge``."""
    lines = [
        f"Merged {inputs.theirs} (theirs) into {inputs.ours} (ours): new proposal "
        f"{inputs.proposal!r} in {inputs.project}.",
        ("Common ancestor (found from the two files' history): " if inputs.base_found == "history"
         else "Common ancestor (given): ") + f"{inputs.base}.",
        f"Taken from ours: {len(result.taken_ours)}; from theirs: {len(result.taken_theirs)}; "
        f"combined from both: {len(result.combined)} ({len(result.within_geometry)} merged "
        f"within one geometry); changed alike on both: {len(result.same_on_both)}.",
    ]
    if not result.conflicts:
        lines.append("No conflicts.")
        return "\n".join(lines)
    n = len(result.conflicts)
    lines.append(f"{n} conflict{'s' if n != 1 else ''}, marked in the proposal's "
                 f"'merge_conflict' attribute until resolved (our side is kept; a feature "
                 f"deleted by us but changed by them stays visible):")
    for c in result.conflicts:
        lines.append(f"  - {c.description}{_place_unsaid(c)}")
    return "\n".join(lines)


def _place_unsaid(conflict: Conflict) -> str:
    """" [35.8°N 36.9°E]" after a sentence that does not already say where it is.

    A stretch conflict's sentence names its place ("... near 35.8°N 36.9°E."), an attribute
    or delete conflict's does not; every summary line should say it once, never twice.
    """
    if conflict.where is None:
        return ""
    at = place(conflict.where)
    return "" if at in conflict.description else f" [{at}]"
