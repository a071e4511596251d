"""Slivers: the crumbs two drawings of the same boundary leave between them.

Two sources of the same governorates, digitised at different resolutions, never share a
vertex: their overlay is hundreds of thin pieces along every border ("land changing hands:
778 lines, 661 of them 0.0 km²"). Those pieces are real geometry but not changes anyone
negotiated. The diff therefore lists a piece only when it is both large enough
(``min_area_km2``) and wide enough (``min_width_km``: the diameter of the largest circle that
fits inside it, measured in a local metric projection); smaller ones are counted and summed
("773 smaller pieces, 19.6 km² in all"). Feature and party totals always include them.

``tolerance_km`` goes further and treats boundaries within that distance of each other as
the same line: a feature whose largest shift is within it is unchanged, and a piece no wider
than it is no change at all (left out of the totals too, and counted apart).

Default thresholds come from the data (``derive_rule``): where the two versions share their
vertices (one project's versions, edited by hand) nothing is noise and only crumbs under
0.001 km² are summed up; where boundaries of many vertices lie mostly off each other (two
sources, digitised separately), how far the two drawings of the same boundary lie apart
where they follow each other is measured (``noise_km``), and pieces thinner than 1.5 times
that (at least 50 m, at most ``MAX_WIDTH_KM``) or smaller than 0.05 km² are summed up.

The estimate must not see real moves as noise: a border moved 5 km along a third of the
changed boundaries once made the threshold "thinner than 5.2 km" and summed up the 200 km²
it moved. So the distances of all boundaries are pooled, the vertices that follow the other
drawing are told from those that left it by a low quantile (a real move shifts the upper
ones, not the lowest quarter), and the threshold is capped: no digitising of the maps these
lines are drawn on is off by more than ``MAX_WIDTH_KM``, so a wider piece is a difference to
show. When in doubt, the rule lists too much rather than hide a change.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import shapely
from shapely import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_words import ENGLISH, ReportWords
from zoneeditor.core.geodesy import to_local

#: The smallest piece listed where nothing is noise (0.1 ha: crumbs of re-computed curves).
CRUMB_KM2 = 1e-3
#: Defaults where the versions come from different sources.
SOURCE_MIN_AREA_KM2 = 0.05
SOURCE_MIN_WIDTH_KM = 0.05
#: Pieces below this are floating-point noise of an overlay, not land: never counted.
NOISE_KM2 = 1e-6
#: Boundary vertices sampled per feature to measure how far two drawings lie apart.
SAMPLE = 400
#: The share of the following vertices at most this far from the other drawing sets the
#: noise level: high enough to cover resampling (slivers are as wide as the largest
#: deviations of the noise).
QUANTILE = 0.9
#: Which vertices follow the other drawing: those within ``FOLLOW_RATIO`` times the distance
#: a quarter of all stay within. The lowest quarter is noise unless three quarters of every
#: boundary moved; the ratio keeps all of the noise (uniform jitter reaches 4 times its lower
#: quartile, a normal one ~5 times) and leaves out boundaries moved by many times it.
LOW_QUANTILE = 0.25
FOLLOW_RATIO = 8.0
#: The widest a piece can be and still be summed up when the threshold comes from the data
#: (km). Tracing a line from the 1:50,000–1:250,000 sheets these lines are negotiated on
#: misses it by ~0.5 mm, 25–125 m on the ground; a piece 300 m wide holds a road, the edge
#: of a village, a hilltop position: a difference to show, however the two drawings came
#: about. (An estimate larger than this comes from real moves or from a drawing generalised
#: by kilometres, where listing too much is better than hiding.)
MAX_WIDTH_KM = 0.75
#: A piece at least this large (km²) is listed whatever its width, when the width comes
#: from the data: 1 km by 10 km holds a village and its fields. Slivers between two
#: drawings of one line are short between the points where the drawings cross (the largest
#: in the tests: 5 km², between a detailed drawing and one generalised by 3 km).
LIST_KM2 = 10.0


class SliverRule(NamedTuple):
    """Which pieces are listed: at least ``min_area_km2`` and ``min_width_km`` wide; and the
    distance ``tolerance_km`` within which two boundaries count as the same line."""

    min_area_km2: float = CRUMB_KM2
    min_width_km: float = 0.0
    tolerance_km: float = 0.0
    from_data: bool = True
    noise_km: float = 0.0
    #: A piece at least this large is listed however thin (``LIST_KM2`` when the width
    #: comes from the data; a width the user gives is taken at its word).
    list_km2: float = math.inf

    def lists(self, area_km2: float, wide_enough: Callable[[float], bool]) -> bool:
        """Whether a piece of ``area_km2`` is listed; ``wide_enough(km)`` tells whether it
        is at least that wide (asked only when its area does not settle it)."""
        if area_km2 < self.min_area_km2:
            return False
        if self.min_width_km <= 0 or area_km2 >= self.list_km2:
            return True
        return wide_enough(self.min_width_km)

    def describe(self, words: ReportWords = ENGLISH) -> str:
        """ "under 0.05 km² or thinner than 50 m" (what "smaller" means in a report; the
        width as every distance reads: "62 m", "1.2 km"), in ``words``' language."""
        text = words.say("under %1", words.area_as_given(f"{self.min_area_km2:g}"))
        if self.min_width_km > 0:
            text = words.say("%1 or %2", text,
                             words.say("thinner than %1", words.width(self.min_width_km)))
        return text


@dataclass(frozen=True)
class Tally:
    """A number of pieces and their total area (km²)."""

    count: int = 0
    area_km2: float = 0.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.count + other.count, self.area_km2 + other.area_km2)

    def line(self, words: ReportWords = ENGLISH, smaller: bool = True) -> str:
        """ "773 smaller pieces, 19.6 km² in all" ("773 pieces, ..." without ``smaller``),
        in ``words``' language."""
        template = "%n smaller piece(s), %1 in all" if smaller else "%n piece(s), %1 in all"
        return words.say(template, words.area(self.area_km2), count=self.count)


def width_km(piece: BaseGeometry, local: BaseGeometry | None = None) -> float:
    """The width of a piece: the diameter of the largest circle inside it, in km.

    ``local`` is the piece already in a local metric projection (``Widths`` projects all
    pieces of one change at once: building a projection costs far more than using it).
    """
    if piece.is_empty:
        return 0.0
    if local is None:
        local, _ = to_local(piece)
    if not isinstance(local, (Polygon, MultiPolygon)):
        return 0.0  # GEOS has no inscribed circle for anything else
    try:
        radius = shapely.maximum_inscribed_circle(local, _EXACT_TOLERANCE_M).length
    except shapely.errors.GEOSException:
        return 0.0
    return float(2 * radius / 1000.0)


class Widths:
    """Widths of the pieces of one change, in one local projection centred on it.

    Pieces of one feature's change lie within a few hundred km of its centre, where the
    azimuthal equidistant projection distorts a width by well under 0.1 %.

    A report only asks whether a piece is at least (or at most) some width, so
    ``at_least``/``at_most`` answer from bounds when they settle it and measure exactly
    (``width_km``, 0.5 m precision) only when they do not; the answer is always the one the
    exact width gives. The bounds: the inscribed circle's area is at most the piece's area
    (r ≤ √(A/π)), and GEOS's search with a coarse tolerance T returns a radius r_T with
    r_T ≤ r ≤ r_T + T, while the exact search returns r₀ with r − 0.5 m ≤ r₀ ≤ r. So
    r_T − 0.5 ≥ R proves r₀ ≥ R and min(√(A/π), r_T + T) < R proves r₀ < R. Most pieces
    are far from the threshold (a 60 km² strip, a crumb of 0.01 km²): the coarse search costs
    a tenth of the exact one, the area bound nothing.
    """

    def __init__(self, pieces: list[BaseGeometry]) -> None:
        self._pieces = pieces
        self._local: list[BaseGeometry] | None = None
        self._cache: dict[int, float] = {}
        self._coarse: dict[int, tuple[float, float] | None] = {}

    def _projected(self, i: int) -> BaseGeometry:
        if self._local is None:
            whole = shapely.GeometryCollection(self._pieces)
            projected, _ = to_local(whole)
            self._local = list(shapely.get_parts(projected))
        return self._local[i]

    def __call__(self, i: int) -> float:
        """The width (km) of piece ``i``, computed on first use."""
        if i not in self._cache:
            self._cache[i] = width_km(self._pieces[i], self._projected(i))
        return self._cache[i]

    def at_least(self, i: int, km: float) -> bool:
        """``self(i) >= km``, measured exactly only when the bounds do not settle it."""
        if i not in self._cache:
            low, high = self._radius_bounds(i, km * 500.0)
            if low - _EPS_M >= km * 500.0:
                return True
            if high + _EPS_M < km * 500.0:
                return False
        return self(i) >= km

    def at_most(self, i: int, km: float) -> bool:
        """``self(i) <= km``, measured exactly only when the bounds do not settle it."""
        if i not in self._cache:
            low, high = self._radius_bounds(i, km * 500.0)
            if low - _EPS_M > km * 500.0:
                return False
            if high + _EPS_M < km * 500.0:
                return True
        return self(i) <= km

    def _radius_bounds(self, i: int, radius_m: float) -> tuple[float, float]:
        """Bounds (m) on the radius the exact search would return for piece ``i``, tight
        enough to compare with ``radius_m`` when the piece is not close to it; (-inf, inf)
        when nothing is known (the exact width then decides)."""
        piece = self._pieces[i]
        if piece.is_empty or not isinstance(piece, Polygon):
            return -math.inf, math.inf
        local = self._projected(i)
        if not isinstance(local, Polygon):
            return -math.inf, math.inf
        high = math.sqrt(max(0.0, local.area) / math.pi)
        if high + _EPS_M < radius_m:
            return -math.inf, high
        tolerance = radius_m / _COARSE_SHARE
        if tolerance <= 5 * _EXACT_TOLERANCE_M:
            return -math.inf, math.inf  # no cheaper than the exact search
        if i not in self._coarse:
            try:
                found = shapely.maximum_inscribed_circle(local, tolerance).length
                self._coarse[i] = (float(found), tolerance)
            except shapely.errors.GEOSException:
                self._coarse[i] = None
        coarse = self._coarse[i]
        if coarse is None:
            return -math.inf, math.inf
        found, used = coarse
        return found - _EXACT_TOLERANCE_M, min(high, found + used)


#: The exact search's tolerance (m), as ``width_km`` runs it.
_EXACT_TOLERANCE_M = 0.5
#: The coarse search's tolerance is the compared radius divided by this.
_COARSE_SHARE = 16.0
#: Floating-point slack (m) on the bounds: closer calls are measured exactly.
_EPS_M = 1e-3


#: A boundary with fewer vertices was drawn by hand, not digitised: not measured for noise.
MIN_VERTICES = 50
#: Vertices closer than this (km) to the other boundary lie on it (shared or snapped).
ON_LINE_KM = 1e-5


def boundary_distances_km(old: BaseGeometry, new: BaseGeometry) -> np.ndarray | None:
    """How far (km) sampled vertices of ``new``'s boundary lie from ``old``'s, when the two
    were drawn separately (few vertices of one on the other); else None."""
    if old.is_empty or new.is_empty:
        return None
    if len(shapely.get_coordinates(new)) < MIN_VERTICES:
        return None
    local_old, _ = to_local(old.boundary if old.geom_type.endswith("Polygon") else old,
                            around=old)
    local_new, _ = to_local(new.boundary if new.geom_type.endswith("Polygon") else new,
                            around=old)
    pts = shapely.get_coordinates(local_new)
    if len(pts) == 0:
        return None
    step = max(1, len(pts) // SAMPLE)
    sample = shapely.points(pts[::step])
    segs = _segments(local_old)
    if not segs:
        return None
    tree = shapely.STRtree(segs)
    idx = tree.nearest(sample)
    d = shapely.distance(sample, np.asarray(segs, dtype=object)[idx]) / 1000.0
    if np.mean(d <= ON_LINE_KM) >= 0.5:
        return None  # mostly the same vertices: an edit of one drawing, not two drawings
    return np.asarray(d, dtype=float)


def noise_km(distances: Iterable[np.ndarray]) -> float:
    """The digitising noise (km) of two drawings, from the distances of their vertices to
    the other drawing (``boundary_distances_km`` of every changed boundary, pooled).

    Vertices on the other line (shared, snapped) say nothing about noise and are left out.
    Of the rest, those that follow the other drawing are the ones within ``FOLLOW_RATIO``
    times the ``LOW_QUANTILE`` of all: stretches that really moved lie beyond and are not
    noise, however many there are, as long as a quarter of the vertices follow. The noise is
    the distance ``QUANTILE`` of the following vertices stay within.
    """
    pooled = [d for d in distances if len(d)]
    if not pooled:
        return 0.0
    d = np.concatenate(pooled)
    d = d[d > ON_LINE_KM]
    if len(d) == 0:
        return 0.0
    follow = d[d <= FOLLOW_RATIO * float(np.quantile(d, LOW_QUANTILE))]
    return float(np.quantile(follow, QUANTILE)) if len(follow) else 0.0


def _segments(line: BaseGeometry) -> list[BaseGeometry]:
    out: list[BaseGeometry] = []
    for part in shapely.get_parts(line):
        xy = shapely.get_coordinates(part)
        if len(xy) >= 2:
            segments = shapely.linestrings(np.stack([xy[:-1], xy[1:]], axis=1))
            assert isinstance(segments, np.ndarray)  # (n, 2, 2) coordinates: n lines
            out += list(segments)
    return out


def derive_rule(pairs: Iterable[tuple[BaseGeometry, BaseGeometry, bool]],
                min_area_km2: float | None = None, min_width_km: float | None = None,
                tolerance_km: float = 0.0) -> SliverRule:
    """The rule for a diff: the user's thresholds, the rest from the data.

    ``pairs`` are (old geometry, new geometry, shares vertices) for every feature whose
    geometry changed; pairs that share their vertices (the diff's fast path applied) are
    edits, not resampling, and are not measured.
    """
    distances = []
    for old, new, shared in pairs:
        if shared:
            continue
        # Both ways: a simplified drawing keeps some of the detailed one's vertices, which
        # lie on the detailed boundary; the detailed one's vertices lie off the simplified.
        distances += [d for d in (boundary_distances_km(old, new),
                                  boundary_distances_km(new, old)) if d is not None]
    noise = noise_km(distances)
    if noise > 1e-4:  # over 10 cm: the versions were drawn separately
        # Slivers are thin: the width test catches them however long they are; compact
        # pieces over 0.05 km² are listed, as they are what a negotiator would move.
        width = min(MAX_WIDTH_KM, max(SOURCE_MIN_WIDTH_KM, 1.5 * noise))
        area = SOURCE_MIN_AREA_KM2
    else:
        width, area = 0.0, CRUMB_KM2
    return SliverRule(area if min_area_km2 is None else min_area_km2,
                      width if min_width_km is None else min_width_km, tolerance_km,
                      min_area_km2 is None and min_width_km is None, noise,
                      LIST_KM2 if min_width_km is None and width > 0 else math.inf)
