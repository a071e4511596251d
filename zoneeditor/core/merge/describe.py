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
from zoneeditor.core.messages import Message, listing
from zoneeditor.core.model import Feature, attribute_phrase
from zoneeditor.core.naming import lat_lon


def place(where: XY | None) -> str:
    """"35.91230°N 36.62000°E" (south and west with S/W), or "" when unknown."""
    return "" if where is None else lat_lon(*where)


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
    if v is None or v == "":
        return Message("unset")
    return repr(v) if not isinstance(v, str) else f"'{v}'"


#: The two sides as the sentences name them (the engine's default ``names``), lower case and
#: at the start of a sentence: Messages, so the window translates them.
_SIDES = {"ours": (Message("ours"), Message("Ours")),
          "theirs": (Message("theirs"), Message("Theirs"))}


def _side(name: str, first: bool = False) -> str:
    """A side's word (``first``: starting a sentence); a name given by a caller as it is."""
    known = _SIDES.get(name)
    if known is not None:
        return known[1 if first else 0]
    return name.capitalize() if first else name


def attribute_sentence(label: str, attribute: str, values: tuple[Any, Any, Any],
                       names: tuple[str, str]) -> str:
    """"Both sides changed status of Idlib: ours 'disputed', theirs 'agreed' (was ...).

    ``attribute`` is the column; the sentence names one of ours as the window does ("name
    (Russian)" for "name_ru", ``core.model.attribute_phrase``)."""
    b, o, t = values
    return Message("Both sides changed %1 of %2: %3 %4, %5 %6 (was %7).",
                   attribute_phrase(attribute), label,
                   _side(names[0]), _quote(o), _side(names[1]), _quote(t), _quote(b))


def delete_sentence(label: str, deleted_by: str, changed_by: str, what: Sequence[str]) -> str:
    """"Ours deleted Post Morek; theirs changed its geometry and name."""
    if not what:
        return Message("%1 deleted %2; %3 changed it.", _side(deleted_by, True), label,
                       _side(changed_by))
    return Message("%1 deleted %2; %3 changed its %4.", _side(deleted_by, True), label,
                   _side(changed_by), _join(what))


def both_added_sentence(label: str, names: tuple[str, str]) -> str:
    """Both sides added a feature with one id but different content."""
    return Message("%1 and %2 both added %3 (same id) with different content.",
                   _side(names[0], True), _side(names[1]), label)


def geometry_sentence(labels: Sequence[str], where: XY | None, whole: bool) -> str:
    """"Both sides redrew the same stretch of Idlib near 35.91230°N 36.62000°E."""
    subject = _join(labels)
    if len(labels) > 1:
        subject = Message("%1 (a border they share)", subject)
    if whole:
        if where:
            return Message("Both sides changed the geometry of %1 near %2, in ways that "
                           "cannot be combined stretch by stretch.", subject, place(where))
        return Message("Both sides changed the geometry of %1, in ways that cannot be "
                       "combined stretch by stretch.", subject)
    if where:
        return Message("Both sides redrew the same stretch of %1 near %2.", subject,
                       place(where))
    return Message("Both sides redrew the same stretch of %1.", subject)


def invalid_sentence(labels: Sequence[str], reason: str, where: XY | None) -> str:
    """"Combining both sides' edits of Idlib gives an invalid geometry: ..."""
    if where:
        return Message("Each side's edits of %1 are valid alone, but together %2 at %3.",
                       _join(labels), reason, place(where))
    return Message("Each side's edits of %1 are valid alone, but together %2.", _join(labels),
                   reason)


def _join(labels: Sequence[str]) -> str:
    """"a, b and c" (a Message, so the window translates "and")."""
    return listing(list(labels)) if labels else Message("a feature")


def changed_parts(base: Feature, changed: Feature) -> list[str]:
    """What changed between two states of a feature: "geometry", attributes as a sentence
    names them ("name (Russian)", not "name_ru": ``core.model.attribute_phrase``)."""
    from zoneeditor.core.diff_change import changed_attributes, same_geometry

    out: list[str] = []
    if not same_geometry(base.geometry, changed.geometry):
        out.append(Message("geometry"))
    out += [attribute_phrase(key) for key in changed_attributes(base, changed)]
    return out


def first_point(paths: Sequence[np.ndarray]) -> XY | None:
    """The first vertex of the first non-empty path."""
    for p in paths:
        if len(p):
            return (float(p[0][0]), float(p[0][1]))
    return None
