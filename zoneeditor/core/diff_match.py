"""Pairing the features of two versions, and telling a real change from a re-drawing.

Features are paired in steps, each taking only what the steps before left unpaired, always
within one layer and always one to one:

1. by their stable **id** (the normal case: two versions of one project);
2. by a shared **code**, when both sides carry codes of the same system (OCHA P-codes,
   ISO 3166-2, GADM GIDs, HASC, Wikidata...; ``core.schema`` recognises the columns);
3. by **name**: the same name once case, accents, articles and words such as
   "Governorate" are set aside (``core.names.name_key``), comparing the romanised and the
   local names and any alternate names each side carries;
4. by a **spelling variant** of the name (``core.names.name_skeleton``: Idlib / Idleb,
   Dayr az Zawr / Deir ez-Zor), confirmed by the geometry (the two zones overlap, the two
   lines or points are near each other), since a skeleton is weaker evidence;
5. by **shared area**: two zones that share most of the area of each (more than half of
   both), each the other's best.

A code or name counts only when it is unique on both sides (an ambiguous name is no
evidence of identity). What is left is added or removed. Each pair says how it was matched
(``Match.method``, ``Match.detail``), so a report can say "matched by name: Idleb / Idlib".

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

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import NamedTuple

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import fingerprint
from zoneeditor.core.changes import Delta
from zoneeditor.core.diff_area import fast_area_km2
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.names import name_keys, name_skeletons
from zoneeditor.core.schema import CODE_SYSTEMS, Schema, codes_of, other_names, recognise


class Change(StrEnum):
    """What happened to a feature between two versions."""

    ADDED = "added"
    REMOVED = "removed"
    MODIFIED = "modified"
    UNCHANGED = "unchanged"


class Method(StrEnum):
    """How a pair of features was matched."""

    ID = "id"
    CODE = "code"
    NAME = "name"
    VARIANT = "name variant"
    OVERLAP = "overlap"


#: Share of each zone's area two zones must have in common to be paired by overlap.
MIN_SHARED_AREA = 0.5
#: Share of the smaller zone that must overlap to confirm a spelling-variant match.
MIN_VARIANT_OVERLAP = 0.1
#: Degrees within which lines or points confirm a spelling-variant match (~10 km).
VARIANT_DISTANCE_DEG = 0.1


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


class Match(NamedTuple):
    """A matched pair; ``old_id`` is the old feature's own id when it was not matched by id.

    ``method`` says how the pair was found ("" for an added or removed feature) and
    ``detail`` what it rests on ("OCHA P-code SY07", "Idleb / Idlib", "94% of the area").
    """

    delta: Delta
    old_id: str | None = None
    method: str = ""
    detail: str = ""


def version_schema(features: Iterable[Feature], explicit: dict[str, str] | None = None
                   ) -> Schema:
    """The schema of a version's attributes (which columns hold codes and other names)."""
    keys = list(dict.fromkeys(k for f in features for k in f.attributes))
    explicit = {t: c for t, c in (explicit or {}).items()
                if t == "code" and c and c.casefold() in {k.casefold() for k in keys}}
    return recognise(keys, None, explicit)


def match_features(
    old: Version | Iterable[Feature], new: Version | Iterable[Feature],
    code_column: str | None = None,
) -> list[Match]:
    """Pair every feature of ``old`` with its counterpart in ``new`` (see module doc).

    Returns one ``Match`` per feature: ``Delta(f, None)`` for a removed feature,
    ``Delta(None, g)`` for an added one. A pair matched otherwise than by id is reported
    under the *new* id with the old feature re-labelled to that id (one id per Delta, as
    everywhere). ``code_column`` names a code column both sides share (``--map code=COL``).
    Order: the old version's order, then features only in the new version.
    """
    old_by_id = {f.id: f for f in old}
    new_by_id = {f.id: f for f in new}
    left_old = [f for fid, f in old_by_id.items() if fid not in new_by_id]
    left_new = [f for fid, f in new_by_id.items() if fid not in old_by_id]
    explicit = {"code": code_column} if code_column else None
    schemas = (version_schema(old_by_id.values(), explicit),
               version_schema(new_by_id.values(), explicit))
    paired: dict[str, tuple[Feature, str, str]] = {}
    for step in (_by_code, _by_name, _by_variant, _by_overlap):
        if not left_old or not left_new:
            break
        found = step(left_old, left_new, schemas)
        paired.update(found)
        done_new = {g.id for g, _, _ in found.values()}
        left_old = [f for f in left_old if f.id not in found]
        left_new = [g for g in left_new if g.id not in done_new]

    out: list[Match] = []
    renamed_new: set[str] = set()
    for fid, f in old_by_id.items():
        if fid in new_by_id:
            out.append(Match(Delta(f, new_by_id[fid]), None, Method.ID.value))
        elif fid in paired:
            g, method, detail = paired[fid]
            renamed_new.add(g.id)
            out.append(Match(Delta(Feature(g.id, f.layer, f.geometry, f.attributes), g), fid,
                             method, detail))
        else:
            out.append(Match(Delta(f, None)))
    for fid, g in new_by_id.items():
        if fid not in old_by_id and fid not in renamed_new:
            out.append(Match(Delta(None, g)))
    return out


# -- the steps -----------------------------------------------------------------------------------
Found = dict[str, tuple[Feature, str, str]]


def _unique_pairs(olds: list[Feature], news: list[Feature],
                  keys: Callable[[Feature, int], Iterable[str]]) -> list[tuple[Feature, Feature]]:
    """Pairs (a, b) in one layer sharing a key unique on both sides, one to one."""
    def index(features: list[Feature], side: int) -> dict[tuple[str, str], list[Feature]]:
        out: dict[tuple[str, str], list[Feature]] = {}
        for f in features:
            for k in set(keys(f, side)):
                out.setdefault((f.layer.value, k), []).append(f)
        return out

    io, inew = index(olds, 0), index(news, 1)
    candidates: dict[str, set[str]] = {}
    back: dict[str, set[str]] = {}
    by_id = {f.id: f for f in news}
    for key, fs in io.items():
        gs = inew.get(key, [])
        if len(fs) == 1 and len(gs) == 1:
            candidates.setdefault(fs[0].id, set()).add(gs[0].id)
            back.setdefault(gs[0].id, set()).add(fs[0].id)
    pairs = []
    for f in olds:
        cands = candidates.get(f.id, set())
        if len(cands) == 1:
            (gid,) = cands
            if back.get(gid) == {f.id}:
                pairs.append((f, by_id[gid]))
    return pairs


def _by_code(olds: list[Feature], news: list[Feature], schemas: tuple[Schema, Schema]) -> Found:
    found: Found = {}
    shared = [c.system for c in schemas[0].codes
              if c.system in {d.system for d in schemas[1].codes}]
    for system in dict.fromkeys(shared):
        olds_left = [f for f in olds if f.id not in found]
        taken = {g.id for g, _, _ in found.values()}
        news_left = [g for g in news if g.id not in taken]

        def key(f: Feature, side: int, system: str = system) -> list[str]:
            code = codes_of(schemas[side], f.attributes).get(system)
            return [code] if code else []

        title = CODE_SYSTEMS.get(system, "code")
        for a, b in _unique_pairs(olds_left, news_left, key):
            code = key(b, 1)[0]
            found[a.id] = (b, Method.CODE.value, f"{title} {code}")
    return found


def _names(f: Feature, schema: Schema) -> list[str]:
    values = [f.attributes.get("name"), f.attributes.get("name_local")]
    return [str(v) for v in values if v] + other_names(schema, f.attributes)


def _label_pair(a: Feature, b: Feature) -> str:
    na, nb = a.name or str(a.attributes.get("name_local") or ""), \
        b.name or str(b.attributes.get("name_local") or "")
    return na if na == nb else f"{na} / {nb}"


def _by_name(olds: list[Feature], news: list[Feature], schemas: tuple[Schema, Schema]) -> Found:
    pairs = _unique_pairs(olds, news, lambda f, side: name_keys(_names(f, schemas[side])))
    return {a.id: (b, Method.NAME.value, _label_pair(a, b)) for a, b in pairs}


def _near(a: Feature, b: Feature) -> bool:
    """Geometric confirmation of a spelling-variant match (see module doc)."""
    ga, gb = a.geometry, b.geometry
    if ga.is_empty or gb.is_empty:
        return False
    try:
        if a.layer == LayerKind.ZONES:
            inter = fast_area_km2(shapely.intersection(_valid(ga), _valid(gb)))
            smaller = min(fast_area_km2(ga), fast_area_km2(gb))
            return smaller > 0 and inter >= MIN_VARIANT_OVERLAP * smaller
        return bool(ga.distance(gb) <= VARIANT_DISTANCE_DEG)
    except shapely.errors.GEOSException:
        return False


def _by_variant(olds: list[Feature], news: list[Feature],
                schemas: tuple[Schema, Schema]) -> Found:
    pairs = _unique_pairs(olds, news, lambda f, side: name_skeletons(_names(f, schemas[side])))
    return {a.id: (b, Method.VARIANT.value, _label_pair(a, b)) for a, b in pairs if _near(a, b)}


def _valid(g: BaseGeometry) -> BaseGeometry:
    return g if g.is_valid else shapely.make_valid(g)


def _by_overlap(olds: list[Feature], news: list[Feature],
                schemas: tuple[Schema, Schema]) -> Found:
    zones_old = [f for f in olds if f.layer == LayerKind.ZONES and not f.geometry.is_empty]
    zones_new = [g for g in news if g.layer == LayerKind.ZONES and not g.geometry.is_empty]
    if not zones_old or not zones_new:
        return {}
    tree = shapely.STRtree([g.geometry for g in zones_new])
    best_for_old: dict[str, tuple[float, int, float]] = {}
    best_for_new: dict[int, tuple[float, str]] = {}
    areas_new: dict[int, float] = {}
    for a in zones_old:
        area_a = fast_area_km2(a.geometry)
        for j in tree.query(a.geometry).tolist():
            b = zones_new[j]
            try:
                inter = fast_area_km2(shapely.intersection(_valid(a.geometry),
                                                           _valid(b.geometry)))
            except shapely.errors.GEOSException:
                continue
            area_b = areas_new.setdefault(j, fast_area_km2(b.geometry))
            if area_a <= 0 or area_b <= 0:
                continue
            shares = (inter / area_a, inter / area_b)
            if min(shares) <= MIN_SHARED_AREA:
                continue
            iou = inter / (area_a + area_b - inter)
            if iou > best_for_old.get(a.id, (0.0, -1, 0.0))[0]:
                best_for_old[a.id] = (iou, j, min(shares))
            if iou > best_for_new.get(j, (0.0, ""))[0]:
                best_for_new[j] = (iou, a.id)
    found: Found = {}
    for fid, (_, j, share) in best_for_old.items():
        if best_for_new.get(j, (0.0, ""))[1] == fid:
            found[fid] = (zones_new[j], Method.OVERLAP.value,
                          f"{int(share * 100)}% of the area shared")
    return found
