"""What the window's reference widgets show, computed without Qt: the Layers panel's reference
rows and the georeferencing dialog's control-point table.

The widgets stay thin: they turn these rows into items and send the user's clicks back as
``core.reference_edits`` change sets.

>>> from zoneeditor.core.reference import ReferenceLayer
>>> a = ReferenceLayer.create("/d/roads.osm", "osm", name="Roads")
>>> b = ReferenceLayer.create("/d/scan.tif", "raster", name="Annex 2", visible=False)
>>> [(r.name, r.state) for r in reference_rows((a, b), {a.id: False}, {b.id: "gone"})]
[('Annex 2', 'missing'), ('Roads', 'shown')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from zoneeditor.core.georef import GeorefError, fit
from zoneeditor.core.reference import Georeference, GeorefMethod, ReferenceLayer


@dataclass(frozen=True)
class ReferenceRow:
    """One reference layer as the Layers panel lists it (top of the list = drawn last).

    ``state``: "shown", "hidden" (switched off), "missing" (its file cannot be read: ``detail``
    says why) or "copy" (shown from the copy carried in the project; ``detail`` says so).
    ``position`` is its index in ``ProjectMeta.references`` (for ``move_reference``).
    """

    id: str
    name: str
    kind: str
    visible: bool
    opacity: float
    state: str
    detail: str
    position: int
    snap: bool


def reference_rows(references: Sequence[ReferenceLayer], available: Mapping[str, bool],
                   problems: Mapping[str, str]) -> list[ReferenceRow]:
    """Rows top first. ``available``: id -> True when shown from the project's copy, False
    from its own file (ids that loaded); ``problems``: id -> why it could not load."""
    rows = []
    for position, r in enumerate(references):
        if r.id in problems:
            state, detail = "missing", problems[r.id]
        elif not r.visible:
            state, detail = "hidden", r.attribution
        elif available.get(r.id):
            state, detail = "copy", f"shown from the copy carried in the project ({r.path})"
        else:
            state, detail = "shown", r.attribution
        rows.append(ReferenceRow(r.id, r.name, r.kind, r.visible, r.opacity, state, detail,
                                 position, r.snap and not r.is_raster))
    return rows[::-1]


@dataclass(frozen=True)
class ControlPointRow:
    """One control point in the georeferencing table (numbered from 1, as the undo labels)."""

    number: int
    id: str
    px: float
    py: float
    lon: float
    lat: float
    enabled: bool
    residual_m: float | None
    leave_one_out_m: float | None


@dataclass(frozen=True)
class GeorefSummary:
    """The table, the RMS and, when the points cannot give the method, why (``error``)."""

    method: str
    crs: str
    rows: tuple[ControlPointRow, ...]
    rms_m: float | None
    error: str


def georef_summary(georef: Georeference) -> GeorefSummary:
    """Fit ``georef``'s enabled points with its method and tabulate every point."""
    residuals = {}
    rms = None
    error = ""
    crs = georef.crs
    try:
        result = fit(georef.points, georef.method, georef.crs)
    except GeorefError as exc:
        error = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        # (a core.messages.Message when the fit made one: the window translates it)
    else:
        residuals = {r.point_id: r for r in result.residuals}
        rms = result.rms_m
        crs = result.crs
    rows = tuple(ControlPointRow(
        i + 1, p.id, p.px, p.py, p.lon, p.lat, p.enabled,
        residuals[p.id].residual_m if p.id in residuals else None,
        residuals[p.id].leave_one_out_m if p.id in residuals else None)
        for i, p in enumerate(georef.points))
    return GeorefSummary(GeorefMethod(georef.method).value, crs, rows, rms, error)
