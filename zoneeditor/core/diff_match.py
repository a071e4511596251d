"""Pairing the features of two versions (whether a pair changed: ``core.diff_change``).

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

Steps 2 and 3 take a code or name only when it is unique on both sides (a name alone that
several features carry is no evidence of which is which). Between them and step 4, a code
or name that several features of one layer carry, at least one on each side (the parts of a
MultiLineString or MultiPolygon split into one feature each on import, or simply repeated
names), pairs them **within its group by their geometry**: lines and points by distance
(mean distance along each, ``core.diff_nearest``), zones by shared area, best pairs first,
never beyond ``REPEATED_DISTANCE_KM`` or below ``MIN_REPEATED_OVERLAP`` (see
``_by_repeated``). What is left is added or removed. Each pair says how it was matched
(``Match.method``, ``Match.detail``), so a report can say "matched by name: Idleb / Idlib"
or "matched by name: Line of contact, nearest of 2".

Whether a pair changed (and how) is ``core.diff_change``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import NamedTuple

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import Delta
from zoneeditor.core.diff_area import fast_area_km2
from zoneeditor.core.diff_nearest import degrees_within, mean_distances_km
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.names import name_key, name_skeletons
from zoneeditor.core.schema import CODE_SYSTEMS, Schema, codes_of, other_names, recognise


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
#: Features sharing a name or code (several on one side at least): two lines or points are
#: paired only when one is on average within this many km of the other (~ the "near" of a
#: spelling variant; a part moved further than this is reported as removed and added).
REPEATED_DISTANCE_KM = 10.0
#: ... and two zones only when they share at least this share of the smaller one's area.
MIN_REPEATED_OVERLAP = MIN_VARIANT_OVERLAP
#: Above this many old × new features a group's candidate pairs come from an STRtree.
_TREE_ABOVE = 64


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
    keys = _Keys(schemas, _name_key(schemas))
    for step in (_by_code, _by_name, _by_repeated, _by_variant, _by_overlap):
        if not left_old or not left_new:
            break
        found = step(left_old, left_new, keys)
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
#: A feature's keys (codes, names...) on side 0 (old) or 1 (new).
KeyOf = Callable[[Feature, int], Iterable[str]]


class _Keys(NamedTuple):
    """What the steps of one matching share: the two versions' schemas, and the name key
    function (``_name_key``), which remembers the keys it has worked out."""

    schemas: tuple[Schema, Schema]
    names: KeyOf


def _index(features: list[Feature], side: int, keys: KeyOf
           ) -> dict[tuple[str, str], list[Feature]]:
    """Features by (layer, key), in their order; a feature once per distinct key."""
    out: dict[tuple[str, str], list[Feature]] = {}
    for f in features:
        for k in set(keys(f, side)):
            out.setdefault((f.layer.value, k), []).append(f)
    return out


def _unique_pairs(olds: list[Feature], news: list[Feature],
                  keys: KeyOf) -> list[tuple[Feature, Feature]]:
    """Pairs (a, b) in one layer sharing a key unique on both sides, one to one."""
    io, inew = _index(olds, 0, keys), _index(news, 1, keys)
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


def _shared_systems(schemas: tuple[Schema, Schema]) -> list[str]:
    """The code systems both versions carry, in the old version's order."""
    theirs = {d.system for d in schemas[1].codes}
    return list(dict.fromkeys(c.system for c in schemas[0].codes if c.system in theirs))


def _code_key(schemas: tuple[Schema, Schema], system: str
              ) -> Callable[[Feature, int], list[str]]:
    """The key function of one code system: a feature's code in it, as a list of 0 or 1."""
    def key(f: Feature, side: int) -> list[str]:
        code = codes_of(schemas[side], f.attributes).get(system)
        return [code] if code else []
    return key


def _by_code(olds: list[Feature], news: list[Feature], keys: _Keys) -> Found:
    schemas = keys.schemas
    found: Found = {}
    for system in _shared_systems(schemas):
        olds_left = [f for f in olds if f.id not in found]
        taken = {g.id for g, _, _ in found.values()}
        news_left = [g for g in news if g.id not in taken]
        key = _code_key(schemas, system)
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


def _name_key(schemas: tuple[Schema, Schema]) -> KeyOf:
    """The key function of names: the keys of all of a feature's names, as
    ``core.names.name_keys`` gives them, each text's key worked out once. A key costs ~20 µs
    (accents, articles, unit words) and the same names come up in both versions, then again
    in the repeated step: one matching of 100,000 features from another source each way
    saves seconds. The memory goes with the function, at the end of the matching."""
    memo: dict[str, str] = {}

    def key(f: Feature, side: int) -> set[str]:
        out = set()
        for text in _names(f, schemas[side]):
            k = memo.get(text)
            if k is None:
                k = memo[text] = name_key(text)
            if k:
                out.add(k)
        return out
    return key


def _by_name(olds: list[Feature], news: list[Feature], keys: _Keys) -> Found:
    pairs = _unique_pairs(olds, news, keys.names)
    return {a.id: (b, Method.NAME.value, _label_pair(a, b)) for a, b in pairs}


# -- features sharing a code or name: paired by geometry within the group ------------------------
class _Group(NamedTuple):
    """Old and new features of one layer sharing one code or name key (three or more in
    all); ``label`` is the code as reported ("OCHA P-code SY07"), "" for a name (each pair
    then shows its own two names)."""

    olds: list[Feature]
    news: list[Feature]
    key: str
    label: str = ""


class _Candidate(NamedTuple):
    """A possible pair of a group: higher ``rank`` is better; ``a``/``b`` index the step's
    old and new lists (for a fixed order among equals)."""

    rank: float
    a: int
    b: int
    group: int
    detail: str


def _groups(olds: list[Feature], news: list[Feature], keys: KeyOf) -> list[_Group]:
    """Keys that several features carry, with at least one on each side (in the old order)."""
    io, inew = _index(olds, 0, keys), _index(news, 1, keys)
    return [_Group(fs, inew[k], k[1]) for k, fs in io.items()
            if k in inew and len(fs) + len(inew[k]) > 2]


def _by_repeated(olds: list[Feature], news: list[Feature], keys: _Keys) -> Found:
    """Pair features that share a code or name with others, within each group, by geometry.

    Runs after the unique codes and names, so a unique name still decides before any
    geometry does; codes first (one round over every shared system), then names, each
    round on what the one before left. Within a round every possible pair of every group is
    ranked (``_candidates``) and pairs are taken best first while both ends are free: the
    result is *stable* (no old and new feature would both rather be paired with each other
    than with what they got), which for the few parts a feature is split into is the
    assignment a reader would make; a minimum-cost assignment could hand a feature a worse
    partner to make another pair a little better, and needs scipy, which the project does
    not carry. Only the features the steps before left are looked at (none, in the usual
    diff of two versions of one project), and only groups with features on both sides are
    measured.
    """
    schemas = keys.schemas
    found: Found = {}
    taken: set[str] = set()
    for method in (Method.CODE, Method.NAME):
        olds_left = [f for f in olds if f.id not in found]
        news_left = [g for g in news if g.id not in taken]
        if not olds_left or not news_left:
            break
        if method == Method.CODE:
            groups = []
            for system in _shared_systems(schemas):
                title = CODE_SYSTEMS.get(system, "code")
                groups += [g._replace(label=f"{title} {g.key}")
                           for g in _groups(olds_left, news_left, _code_key(schemas, system))]
        else:
            groups = _groups(olds_left, news_left, keys.names)
        if not groups:
            continue
        order_old = {f.id: i for i, f in enumerate(olds_left)}
        order_new = {g.id: j for j, g in enumerate(news_left)}
        ranked = sorted(_candidates(groups, order_old, order_new),
                        key=lambda c: (-c.rank, c.a, c.b, c.group))
        for c in ranked:
            a, b = olds_left[c.a], news_left[c.b]
            if a.id in found or b.id in taken:
                continue
            label = groups[c.group].label or _label_pair(a, b)
            found[a.id] = (b, method.value, f"{label}, {c.detail}")
            taken.add(b.id)
    return found


def _candidates(groups: list[_Group], order_old: dict[str, int], order_new: dict[str, int]
                ) -> list[_Candidate]:
    """Every pair of each group close enough to be the same feature, with its rank.

    Zones: sharing at least ``MIN_REPEATED_OVERLAP`` of the smaller one's area, ranked by
    intersection over union (as the overlap step). Lines and points: one within
    ``REPEATED_DISTANCE_KM`` of the other on average (the smaller of the two directed means
    of ``core.diff_nearest``, so a line extended at one end still qualifies), ranked by the
    mean of both (the larger the gap, the lower). The detail names how many old features
    shared the key: "nearest of 2", "87% of the area shared, best of 3".
    """
    out: list[_Candidate] = []
    olds_at: list[Feature] = []  # lines and points, measured together below
    news_at: list[Feature] = []
    where: list[tuple[int, int, int, int]] = []
    areas: dict[tuple[int, str], float] = {}
    for gi, group in enumerate(groups):
        n = len(group.olds)
        zones = group.olds[0].layer == LayerKind.ZONES
        for i, j in _possible(group, zones):
            a, b = group.olds[i], group.news[j]
            ia, jb = order_old[a.id], order_new[b.id]
            if zones:
                overlap = _overlap(a, b, areas)
                if overlap is not None:
                    iou, share = overlap
                    out.append(_Candidate(iou, ia, jb, gi,
                                          f"{int(share * 100)}% of the area shared, best of {n}"))
            else:
                olds_at.append(a)
                news_at.append(b)
                where.append((ia, jb, gi, n))
    if where:
        ab, ba = mean_distances_km([f.geometry for f in olds_at], [g.geometry for g in news_at])
        for (ia, jb, gi, n), d_ab, d_ba in zip(where, ab.tolist(), ba.tolist(), strict=True):
            if min(d_ab, d_ba) <= REPEATED_DISTANCE_KM:
                out.append(_Candidate(-(d_ab + d_ba) / 2, ia, jb, gi, f"nearest of {n}"))
    return out


def _possible(group: _Group, zones: bool) -> list[tuple[int, int]]:
    """(old, new) positions worth measuring: all of a small group; in a large one (a name
    such as "Checkpoint" repeated hundreds of times) only those an STRtree finds
    overlapping or within reach, so the measures stay proportional to the real pairs."""
    fs, gs = group.olds, group.news
    if len(fs) * len(gs) <= _TREE_ABOVE:
        return [(i, j) for i in range(len(fs)) for j in range(len(gs))]
    tree = shapely.STRtree([g.geometry for g in gs])
    geoms = [f.geometry for f in fs]
    if zones:
        # boxes only: a predicate can raise on an invalid ring; _overlap handles that
        found = tree.query(geoms)
    else:
        bounds = shapely.bounds(geoms)
        reach = degrees_within(REPEATED_DISTANCE_KM, (bounds[:, 1] + bounds[:, 3]) / 2)
        found = tree.query(geoms, predicate="dwithin", distance=reach)
    return list(zip(found[0].tolist(), found[1].tolist(), strict=True))


def _overlap(a: Feature, b: Feature, areas: dict[tuple[int, str], float]
             ) -> tuple[float, float] | None:
    """(intersection over union, smaller share of either's area) of two zones, or None when
    they share less than ``MIN_REPEATED_OVERLAP`` of the smaller one (or cannot be
    measured). ``areas`` remembers each zone's area (by side and id) within one round."""
    ga, gb = a.geometry, b.geometry
    if ga.is_empty or gb.is_empty:
        return None
    try:
        if not ga.intersects(gb):
            return None
        inter = fast_area_km2(shapely.intersection(_valid(ga), _valid(gb)))
    except shapely.errors.GEOSException:
        return None
    area_a = areas.get((0, a.id))
    if area_a is None:
        area_a = areas[0, a.id] = fast_area_km2(ga)
    area_b = areas.get((1, b.id))
    if area_b is None:
        area_b = areas[1, b.id] = fast_area_km2(gb)
    if area_a <= 0 or area_b <= 0 or inter < MIN_REPEATED_OVERLAP * min(area_a, area_b):
        return None
    return inter / (area_a + area_b - inter), min(inter / area_a, inter / area_b)


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


def _by_variant(olds: list[Feature], news: list[Feature], keys: _Keys) -> Found:
    schemas = keys.schemas
    pairs = _unique_pairs(olds, news, lambda f, side: name_skeletons(_names(f, schemas[side])))
    return {a.id: (b, Method.VARIANT.value, _label_pair(a, b)) for a, b in pairs if _near(a, b)}


def _valid(g: BaseGeometry) -> BaseGeometry:
    return g if g.is_valid else shapely.make_valid(g)


def _by_overlap(olds: list[Feature], news: list[Feature], keys: _Keys) -> Found:
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
