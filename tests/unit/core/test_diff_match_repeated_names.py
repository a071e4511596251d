"""Features sharing a name or code on both sides are paired by geometry within the group.

The staff user's case: a line of contact stored as a MultiLineString of two parts becomes two
features with the same name on import, so neither name is unique and the diff said "2 added,
2 removed" although one part moved and the other is identical. Each test here fails when
the matcher leaves such groups unpaired (core/diff_match.py, ``_by_repeated``).
"""

from __future__ import annotations

import re

import pytest
from conftest import line, point, zone
from pyproj import Geod
from shapely import LineString, Point, box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_change import Change
from zoneeditor.core.diff_match import REPEATED_DISTANCE_KM, match_features
from zoneeditor.core.diff_nearest import mean_distances_km
from zoneeditor.core.model import AGREED, Version

GEOD = Geod(ellps="WGS84")
LOC = {"name": "Line of contact", "name_local": "خط التماس"}

#: The two parts of the staff user's line (the files of the report, base_loc_*.geojson).
UPRIGHT = LineString([(36.75, 35.7), (36.75, 36.05)])
UPRIGHT_MOVED = LineString([(36.75, 35.7), (36.75, 35.8), (36.8, 35.8), (36.8, 35.95),
                            (36.75, 35.95), (36.75, 36.05)])
ACROSS = LineString([(36.3, 35.7), (37.1, 35.7)])


def v(name: str, *features) -> Version:
    return Version(name, {f.id: f for f in features})


def pairs(old: Version, new: Version) -> dict[str, str | None]:
    """old id -> new id (None: removed), and "+id" -> id for an added feature."""
    out: dict[str, str | None] = {}
    for m in match_features(old, new):
        d = m.delta
        if d.old is None:
            out[f"+{d.new.id}"] = d.new.id
        else:
            out[m.old_id or d.old.id] = None if d.new is None else d.new.id
    return out


def details(old: Version, new: Version) -> dict[str, tuple[str | None, str, str]]:
    """new id -> (old id, method, detail) for every pair."""
    return {m.delta.new.id: (m.old_id, m.method, m.detail) for m in match_features(old, new)
            if m.delta.old is not None and m.delta.new is not None}


def east_km(lon: float, lat: float, km: float, azimuth: float = 90) -> tuple[float, float]:
    """The point ``km`` east of (lon, lat), or towards ``azimuth``."""
    lon2, lat2, _ = GEOD.fwd(lon, lat, azimuth, km * 1000)
    return lon2, lat2


def test_two_part_line_one_part_moved_is_one_modified_and_one_unchanged():
    # As the import makes them: one feature per part, ids the file does not keep.
    old = v(AGREED, line("o1", UPRIGHT, **LOC), line("o2", ACROSS, **LOC))
    new = v("P", line("n1", ACROSS, **LOC), line("n2", UPRIGHT_MOVED, **LOC))
    r = diff_versions(old, new)
    assert sorted(f.change.value for f in r.features) == ["modified", "unchanged"]
    moved, same = r.feature("n2"), r.feature("n1")
    assert moved.change == Change.MODIFIED and moved.old_id == "o1"
    assert same.change == Change.UNCHANGED and same.old_id == "o2"
    # the same figures as the single LineStrings (loc_single_*.geojson) give
    assert moved.measures.shift.km == pytest.approx(4.5, abs=0.05)
    assert moved.measures.mean_shift_km == pytest.approx(1.7, abs=0.05)
    assert moved.measures.area_between_km2 == pytest.approx(75.2, abs=0.05)
    assert (moved.matched_by, moved.match_detail) == ("name", "Line of contact, nearest of 2")
    assert same.match_detail == "Line of contact, nearest of 2"


def test_three_points_sharing_a_name_one_moved_a_little_are_paired_by_distance():
    spots = [(36.6, 35.9), (36.62, 35.9), (36.61, 35.93)]  # ~2 km apart
    old = v(AGREED, *(point(f"o{i}", Point(xy), name="Checkpoint") for i, xy in enumerate(spots)))
    moved = east_km(*spots[1], 0.8)  # closer to o0 than it was, still nearest to o1
    news = [Point(spots[2]), Point(moved), Point(spots[0])]  # another order than the old
    new = v("P", *(point(f"n{i}", g, name="Checkpoint") for i, g in enumerate(news)))
    assert pairs(old, new) == {"o0": "n2", "o1": "n1", "o2": "n0"}
    r = diff_versions(old, new)
    fd = r.feature("n1")
    assert fd.change == Change.MODIFIED and fd.measures.shift.km == pytest.approx(0.8, rel=1e-6)
    assert fd.match_detail == "Checkpoint, nearest of 3"
    assert [r.feature(i).change for i in ("n0", "n2")] == [Change.UNCHANGED] * 2


def test_repeated_zone_names_are_paired_by_shared_area():
    # Two zones named "Sector" side by side; each redrawn, one keeping only 40% of its
    # area (too little for the overlap step, which wants more than half of both).
    west, east = box(36.0, 35.0, 36.5, 35.5), box(36.5, 35.0, 37.0, 35.5)
    old = v(AGREED, zone("o-west", west, name="Sector", party="A"),
            zone("o-east", east, name="Sector", party="B"))
    new = v("P", zone("n-east", box(36.5, 35.0, 37.0, 35.45), name="Sector", party="B"),
            zone("n-west", box(35.8, 35.0, 36.2, 35.5), name="Sector", party="A"))
    r = diff_versions(old, new)
    w, e = r.feature("n-west"), r.feature("n-east")
    assert (w.old_id, e.old_id) == ("o-west", "o-east")
    assert w.matched_by == e.matched_by == "name"
    # the share is cut to a whole percent, as the overlap step does (39.99...% -> 39%)
    assert re.fullmatch(r"Sector, (39|40)% of the area shared, best of 2", w.match_detail)
    assert re.fullmatch(r"Sector, (89|90)% of the area shared, best of 2", e.match_detail)
    assert not [f for f in r.features if f.change in (Change.ADDED, Change.REMOVED)]


def test_same_name_beyond_the_limit_is_added_and_removed_not_paired():
    here = (36.7, 35.5)
    old = v(AGREED, point("o-near", Point(here), name="Post"),
            point("o-far", Point(36.7, 36.5), name="Post"))
    inside = east_km(*here, REPEATED_DISTANCE_KM * 0.95)
    outside = east_km(36.7, 36.5, REPEATED_DISTANCE_KM * 1.05)
    new = v("P", point("n-near", Point(inside), name="Post"),
            point("n-far", Point(outside), name="Post"))
    assert pairs(old, new) == {"o-near": "n-near", "o-far": None, "+n-far": "n-far"}
    # lines: a part moved 50 km south is a new part, the part moved 1 km east the same one
    shifted = LineString([east_km(x, y, 1.0) for x, y in UPRIGHT.coords])
    far = LineString([east_km(x, y, 50.0, azimuth=180) for x, y in ACROSS.coords])
    old = v(AGREED, line("o1", UPRIGHT, **LOC), line("o2", ACROSS, **LOC))
    new = v("P", line("n1", shifted, **LOC), line("n2", far, **LOC))
    assert pairs(old, new) == {"o1": "n1", "o2": None, "+n2": "n2"}


def test_uneven_counts_pair_the_best_and_add_the_rest():
    # 2 old parts, 3 new: the two old parts each find their own, the third is added
    # (within reach of ACROSS too, ~4.4 km south, but its exact twin is nearer).
    third = LineString([(36.3, 35.66), (37.1, 35.66)])
    old = v(AGREED, line("o1", UPRIGHT, **LOC), line("o2", ACROSS, **LOC))
    new = v("P", line("n1", third, **LOC), line("n2", UPRIGHT_MOVED, **LOC),
            line("n3", ACROSS, **LOC))
    assert pairs(old, new) == {"o1": "n2", "o2": "n3", "+n1": "n1"}
    r = diff_versions(old, new)
    assert sorted(f.change.value for f in r.features) == ["added", "modified", "unchanged"]
    assert r.feature("n3").match_detail == "Line of contact, nearest of 2"


def test_three_old_two_new_leaves_the_unpaired_old_one_removed():
    old = v(AGREED, line("o1", UPRIGHT, **LOC), line("o2", ACROSS, **LOC),
            line("o3", LineString([(36.3, 35.66), (37.1, 35.66)]), **LOC))
    new = v("P", line("n1", ACROSS, **LOC), line("n2", UPRIGHT_MOVED, **LOC))
    assert pairs(old, new) == {"o1": "n2", "o2": "n1", "o3": None}
    assert details(old, new) == {"n1": ("o2", "name", "Line of contact, nearest of 3"),
                                 "n2": ("o1", "name", "Line of contact, nearest of 3")}


def test_shared_code_pairs_parts_by_geometry_and_a_unique_name_still_decides_first():
    # Parts of one governorate (its P-code on every part), named apart in the new version:
    # "North" is unique on both sides and pairs by name; the code's group pairs the rest.
    north, south, islet = box(36, 36, 37, 37), box(36, 35, 37, 36), box(35, 35, 35.1, 35.1)
    old = v(AGREED, zone("a", north, ADM1_PCODE="SY07", name="North"),
            zone("b", south, ADM1_PCODE="SY07", name="Hama"),
            zone("c", islet, ADM1_PCODE="SY07", name="Hama"))
    new = v("P", zone("x", islet, ADM1_PCODE="SY07", name="Hama"),
            zone("y", north, ADM1_PCODE="SY07", name="North"),
            zone("z", box(36, 35, 37, 35.9), ADM1_PCODE="SY07", name="Hama"))
    found = details(old, new)
    assert found["y"] == ("a", "name", "North")
    assert found["x"] == ("c", "code", "OCHA P-code SY07, 100% of the area shared, best of 2")
    assert found["z"][:2] == ("b", "code")
    assert re.fullmatch(r"OCHA P-code SY07, (89|90)% of the area shared, best of 2", found["z"][2])


def test_a_large_group_is_narrowed_by_a_tree_and_paired_the_same():
    # 12 × 12 checkpoints of one name (more candidate pairs than are measured one by one),
    # every one moved 300 m east: each pairs with its own.
    spots = [(36 + 0.05 * i, 35 + 0.05 * j) for i in range(12) for j in range(12)]
    old = v(AGREED, *(point(f"o{k}", Point(xy), name="CP") for k, xy in enumerate(spots)))
    new = v("P", *(point(f"n{k}", Point(east_km(*xy, 0.3)), name="CP")
                   for k, xy in reversed(list(enumerate(spots)))))
    assert pairs(old, new) == {f"o{k}": f"n{k}" for k in range(len(spots))}


def test_mean_distance_ranks_a_moved_line_before_a_touching_part():
    ab, ba = mean_distances_km([UPRIGHT, UPRIGHT], [UPRIGHT_MOVED, ACROSS])
    assert ab[0] < 2 and ba[0] < 2          # moved by up to 4.5 km, 1.7 km on average
    assert ab[1] > 15 and ba[1] > 15        # touches at one end, far elsewhere
    # a line extended at one end is near the old one all along: the smaller mean is ~0
    longer = LineString([*UPRIGHT.coords, (36.75, 36.4)])
    ab, ba = mean_distances_km([UPRIGHT], [longer])
    assert ab[0] == pytest.approx(0, abs=0.01) and ba[0] > 5
    # an empty geometry is never near anything
    ab, ba = mean_distances_km([LineString()], [UPRIGHT])
    assert ab[0] == ba[0] == float("inf")


def test_a_densified_line_measures_as_its_shape():
    dense = LineString([(36.75, 35.7 + 0.35 * k / 100_000) for k in range(100_001)])
    moved = LineString([east_km(x, y, 2.0) for x, y in UPRIGHT.coords])
    ab, ba = mean_distances_km([dense], [moved])
    assert ab[0] == pytest.approx(2.0, rel=0.01) and ba[0] == pytest.approx(2.0, rel=0.01)
