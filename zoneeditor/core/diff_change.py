"""Whether a matched pair of features changed, and how: a real change or a re-drawing.

A geometry is *unchanged* when only its drawing order differs (another start vertex, the
opposite ring orientation, a repeated vertex), when it is equal at the fingerprint's
precision (``core.fingerprint``: 7 decimals of a degree, ~1 cm) — a GeoJSON or KML round trip
that keeps the fingerprint never shows up as "modified" — or when it only gained or lost
vertices on its straight edges (another tool densified it: ``core.collinear``).

>>> from shapely import Polygon
>>> a = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
>>> b = Polygon([(1, 1), (1, 1), (1, 0), (0, 0), (0, 1)])   # restarted, reversed, doubled
>>> same_geometry(a, b)
True
"""

from __future__ import annotations

from enum import StrEnum

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import fingerprint
from zoneeditor.core.changes import Delta
from zoneeditor.core.model import Feature
from zoneeditor.core.party_values import value_key


class Change(StrEnum):
    """What happened to a feature between two versions."""

    ADDED = "added"
    REMOVED = "removed"
    MODIFIED = "modified"
    UNCHANGED = "unchanged"


def canonical_geometry(geometry: BaseGeometry) -> BaseGeometry:
    """The geometry with repeated vertices removed and rings/parts in GEOS normal order."""
    return shapely.normalize(shapely.remove_repeated_points(geometry, 0.0))


def same_geometry(a: BaseGeometry, b: BaseGeometry) -> bool:
    """True when ``a`` and ``b`` are the same shape drawn in another order, or equal at the
    fingerprint's precision (see module doc)."""
    if a.geom_type != b.geom_type:
        return False
    if a.is_empty or b.is_empty:
        return a.is_empty and b.is_empty
    if a.equals_exact(b, 0.0):  # the same coordinates in the same order: no need to canonise
        return True
    if canonical_geometry(a).equals_exact(canonical_geometry(b), 0.0):
        return True
    fa, fb = fingerprint.canonical_geometry(a), fingerprint.canonical_geometry(b)
    if fa.equals_exact(fb, 0.0):
        return True
    return _same_but_densified(a, b)


#: Up to this many vertices a pair with different vertex counts is also compared without
#: the vertices lying on straight edges (``core.collinear``): other parties' tools densify
#: or split edges. A larger shape is one a delegation drew, not densified in passing, and
#: the check would cost a 1M-vertex edit a quarter of a second.
DENSIFIED_CHECK_MAX_VERTICES = 200_000


def _same_but_densified(a: BaseGeometry, b: BaseGeometry) -> bool:
    """The same shape with extra vertices on its straight edges (a densified copy)."""
    na, nb = shapely.get_num_coordinates(a), shapely.get_num_coordinates(b)
    if na == nb or max(na, nb) > DENSIFIED_CHECK_MAX_VERTICES:
        return False
    from zoneeditor.core.collinear import without_collinear

    fa = fingerprint.canonical_geometry(canonical_geometry(without_collinear(a)))
    fb = fingerprint.canonical_geometry(canonical_geometry(without_collinear(b)))
    return bool(fa.equals_exact(fb, 0.0))


def _attr_value(value: object) -> object:
    # "" and None both mean "unset" in the model (the project file stores empty as NULL);
    # values are compared as the fingerprint sees them (1.0 is 1, a date is its ISO text).
    return None if value is None or value == "" else fingerprint.canonical_value(value)


def changed_attributes(old: Feature, new: Feature) -> tuple[str, ...]:
    """Names of attributes whose value differs (unset and empty count as the same), sorted."""
    keys = set(old.attributes) | set(new.attributes)
    return tuple(
        sorted(
            k for k in keys
            if _attr_value(old.attributes.get(k)) != _attr_value(new.attributes.get(k))
        )
    )


#: Attributes that name a feature: two sources may write one name in different letter case
#: or spacing ("IDLIB", "Idlib").
NAME_ATTRIBUTES = ("name", "name_local")


def spelled_alike(old: Feature, new: Feature, attribute: str) -> bool:
    """Whether ``attribute`` is a name both features give, spelled alike up to letter case,
    spacing, Unicode forms and Arabic letter variants (``party_values.value_key``, as party
    and status values are read): between two sources that is the same name, not a change."""
    if attribute not in NAME_ATTRIBUTES:
        return False
    a, b = (str(f.attributes.get(attribute) or "") for f in (old, new))
    return bool(a.strip()) and value_key(a) == value_key(b)


def classify(delta: Delta) -> tuple[Change, tuple[str, ...], bool]:
    """(change, changed attribute names, geometry changed?) for one matched pair."""
    if delta.old is None:
        return Change.ADDED, (), True
    if delta.new is None:
        return Change.REMOVED, (), True
    geometry_changed = not same_geometry(delta.old.geometry, delta.new.geometry)
    attrs = changed_attributes(delta.old, delta.new)
    if geometry_changed or attrs:
        return Change.MODIFIED, attrs, geometry_changed
    return Change.UNCHANGED, (), False
