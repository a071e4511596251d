"""Plain sentences and map locations for conflicts.

Every conflict says, in one sentence a delegate can read aloud, which feature it is about,
what each side did, and where (latitude first, as on the printed grid).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.merge.result import XY, Span
from zoneeditor.core.model import Feature


def place(where: XY | None) -> str:
    """"35.91230°N 36.62000°E" (south and west with S/W), or "" when unknown."""
    if where is None:
        return ""
    lon, lat = where
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return f"{abs(lat):.5f}°{ns} {abs(lon):.5f}°{ew}"


def representative(geometry: BaseGeometry | None) -> XY | None:
    """A point on the geometry (inside a polygon, half-way along a line)."""
    if geometry is None or geometry.is_empty:
        return None
    kind = geometry.geom_type
    if kind in ("Polygon", "MultiPolygon"):
        p = geometry.point_on_surface()
    elif kind == "LineString":
        p = geometry.interpolate(0.5, normalized=True)
    else:
        p = geometry.centroid
    return (float(p.x), float(p.y))


def span_point(span: Span) -> XY | None:
    """The middle of a span's base path (by length), or of its base geometry if whole."""
    if span.whole:
        geoms = span.geometries or (None, None, None)
        return representative(next((g for g in geoms if g is not None), None))
    path = span.base if len(span.base) else span.ours
    if len(path) == 0:
        return None
    if len(path) == 1:
        return (float(path[0][0]), float(path[0][1]))
    p = shapely.LineString(path).interpolate(0.5, normalized=True)
    return (float(p.x), float(p.y))


def feature_point(*features: Feature | None) -> XY | None:
    """A point on the first of ``features`` that exists and has a geometry."""
    for f in features:
        if f is not None and not f.geometry.is_empty:
            return representative(f.geometry)
    return None


def _quote(v: Any) -> str:
    return "unset" if v is None or v == "" else repr(v) if not isinstance(v, str) else f"'{v}'"


def attribute_sentence(label: str, attribute: str, values: tuple[Any, Any, Any],
                       names: tuple[str, str]) -> str:
    """"Both sides changed status of Idlib: ours 'disputed', theirs 'agreed' (was ...)."""
    b, o, t = values
    return (f"Both sides changed {attribute} of {label}: {names[0]} {_quote(o)}, "
            f"{names[1]} {_quote(t)} (was {_quote(b)}).")


def delete_sentence(label: str, deleted_by: str, changed_by: str, what: Sequence[str]) -> str:
    """"Ours deleted Post Morek; theirs changed its geometry and name."""
    changes = " and ".join(what) if what else "it"
    return f"{deleted_by.capitalize()} deleted {label}; {changed_by} changed its {changes}."


def both_added_sentence(label: str, names: tuple[str, str]) -> str:
    """Both sides added a feature with one id but different content."""
    return (f"{names[0].capitalize()} and {names[1]} both added {label} (same id) "
            f"with different content.")


def geometry_sentence(labels: Sequence[str], where: XY | None, whole: bool) -> str:
    """"Both sides redrew the same stretch of Idlib near 35.91230°N 36.62000°E."""
    subject = _join(labels)
    at = f" near {place(where)}" if where else ""
    shared = " (a border they share)" if len(labels) > 1 else ""
    if whole:
        return f"Both sides changed the geometry of {subject}{shared}{at}, in ways that " \
               f"cannot be combined stretch by stretch."
    return f"Both sides redrew the same stretch of {subject}{shared}{at}."


def invalid_sentence(labels: Sequence[str], reason: str, where: XY | None) -> str:
    """"Combining both sides' edits of Idlib gives an invalid geometry: ..."""
    at = f" at {place(where)}" if where else ""
    return (f"Each side's edits of {_join(labels)} are valid alone, but together "
            f"{reason}{at}.")


def _join(labels: Sequence[str]) -> str:
    labels = list(labels)
    if len(labels) <= 1:
        return labels[0] if labels else "a feature"
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def changed_parts(base: Feature, changed: Feature) -> list[str]:
    """What changed between two states of a feature: "geometry", attribute names."""
    from zoneeditor.core.diff_match import changed_attributes, same_geometry

    out = []
    if not same_geometry(base.geometry, changed.geometry):
        out.append("geometry")
    out += list(changed_attributes(base, changed))
    return out


def first_point(paths: Sequence[np.ndarray]) -> XY | None:
    """The first vertex of the first non-empty path."""
    for p in paths:
        if len(p):
            return (float(p[0][0]), float(p[0][1]))
    return None
