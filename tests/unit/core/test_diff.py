"""The diff engine against hand-computed truths: areas, unchanged re-drawings, splits,
hand-overs, moved lines, name matching, regions near towns."""

from __future__ import annotations

import pytest
from conftest import line, point, quadrangle_km2, zone
from pyproj import Geod
from shapely import LineString, Point, Polygon, box

from zoneeditor.core.changes import Delta
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_change import Change, same_geometry
from zoneeditor.core.model import AGREED, Version
from zoneeditor.core.places import Gazetteer, Town

GEOD = Geod(ellps="WGS84")
EQUATOR_SQUARE_KM2 = quadrangle_km2(0, 0, 1, 1)  # 12,308.46 km² on WGS84
SYRIA_SQUARE_KM2 = quadrangle_km2(35, 36, 36, 37)  # 35–36°E, 36–37°N: 9,941.64 km²


def v(name: str, *features) -> Version:
    return Version(name, {f.id: f for f in features})


def one(report, fid):
    fd = report.feature(fid)
    assert fd is not None, f"{fid} missing from the report"
    return fd


def test_identical_versions_give_no_change():
    feats = (zone("z", box(35, 36, 36, 37), party="A", name="Z"),
             line("l", "LINESTRING (35 36, 36 37)"), point("p", "POINT (35.5 36.5)"))
    r = diff_versions(v(AGREED, *feats), v("P", *feats))
    assert r.is_empty
    assert [f.change for f in r.features] == [Change.UNCHANGED] * 3
    assert r.regions == () and r.transfers == ()
    assert r.deltas() == ()
    assert r.parties[0].net_km2 == 0


def test_removed_and_added_zone_areas_are_geodesic_truths():
    old = v(AGREED, zone("eq", box(0, 0, 1, 1), party="A"))
    new = v("P", zone("sy", box(35, 36, 36, 37), party="B"))
    r = diff_versions(old, new)
    eq, sy = one(r, "eq"), one(r, "sy")
    assert (eq.change, sy.change) == (Change.REMOVED, Change.ADDED)
    assert eq.measures.area_before_km2 == pytest.approx(EQUATOR_SQUARE_KM2, abs=0.05)
    assert eq.measures.lost_km2 == pytest.approx(EQUATOR_SQUARE_KM2, abs=0.05)
    assert sy.measures.area_after_km2 == pytest.approx(SYRIA_SQUARE_KM2, abs=0.05)
    assert sy.measures.gained_km2 == pytest.approx(SYRIA_SQUARE_KM2, abs=0.05)
    transfers = {(t.frm, t.to): t.area_km2 for t in r.transfers}
    assert transfers == {("A", None): pytest.approx(EQUATOR_SQUARE_KM2, abs=0.05),
                         (None, "B"): pytest.approx(SYRIA_SQUARE_KM2, abs=0.05)}


@pytest.mark.parametrize("redrawn", [
    "POLYGON ((36 36, 36 37, 35 37, 35 36, 36 36))",             # another start vertex
    "POLYGON ((35 36, 35 37, 36 37, 36 36, 35 36))",             # reversed orientation
    "POLYGON ((35 36, 36 36, 36 36, 36 37, 35 37, 35 37, 35 36))",  # repeated vertices
])
def test_redrawn_ring_is_unchanged(redrawn):
    a = zone("z", "POLYGON ((35 36, 36 36, 36 37, 35 37, 35 36))", party="A")
    b = zone("z", redrawn, party="A")
    r = diff_versions(v(AGREED, a), v("P", b))
    assert one(r, "z").change == Change.UNCHANGED
    assert r.is_empty


def test_reversed_line_and_doubled_vertex_are_unchanged():
    assert same_geometry(LineString([(0, 0), (1, 1), (2, 0)]),
                         LineString([(2, 0), (1, 1), (1, 1), (0, 0)]))
    assert not same_geometry(LineString([(0, 0), (1, 1)]), LineString([(0, 0), (1, 1.001)]))


def test_attribute_only_change_names_the_attribute():
    a = zone("z", box(35, 36, 36, 37), party="A", status="agreed", name="Z")
    b = a.with_attributes(status="disputed", notes="to discuss")
    fd = one(diff_versions(v(AGREED, a), v("P", b)), "z")
    assert fd.change == Change.MODIFIED
    assert fd.changed_attributes == ("notes", "status")
    assert not fd.geometry_changed
    assert fd.measures.gained_km2 == fd.measures.lost_km2 == 0
    assert fd.measures.area_after_km2 == pytest.approx(SYRIA_SQUARE_KM2, abs=0.05)


def test_empty_and_unset_attribute_are_the_same():
    a = zone("z", box(35, 36, 36, 37), notes="")
    b = zone("z", box(35, 36, 36, 37))
    assert one(diff_versions(v(AGREED, a), v("P", b)), "z").change == Change.UNCHANGED


def test_shrunk_zone_loses_the_cut_area_and_reports_its_shift():
    a = zone("z", box(35, 36, 36, 37), party="A", name="Z")
    b = zone("z", box(35, 36, 35.5, 37), party="A", name="Z")
    r = diff_versions(v(AGREED, a), v("P", b))
    m = one(r, "z").measures
    truth_lost = quadrangle_km2(35.5, 36, 36, 37)
    assert m.lost_km2 == pytest.approx(truth_lost, rel=1e-8)
    assert m.gained_km2 == 0
    assert m.area_after_km2 == pytest.approx(quadrangle_km2(35, 36, 35.5, 37), rel=1e-8)
    # the old east edge is farthest from the new one at its southern end (widest degree)
    _, _, d = GEOD.inv(36, 36, 35.5, 36)
    assert m.shift.km == pytest.approx(d / 1000, abs=2e-3)
    assert [reg.kind for reg in r.regions] == ["lost"]
    assert r.regions[0].area_km2 == pytest.approx(truth_lost, rel=1e-9)


# Edges are measured as drawn (core/geodesy), so cutting a 1° edge in two at a new vertex
# leaves the enclosed area as it was: a split zone keeps its party's territory to the last
# metre. (Measured as geodesics, the two halves bowed differently from the whole edge:
# 0.011 km² here, and these tests allowed 0.05 km² for it.)
SPLIT_SLACK_KM2 = 1e-6


def test_zone_split_in_two_keeps_party_territory():
    whole = zone("z1", box(35, 36, 36, 37), party="A", name="North")
    west = zone("z1", box(35, 36, 35.5, 37), party="A", name="North")
    east = zone("z2", box(35.5, 36, 36, 37), party="A", name="North-east")
    r = diff_versions(v(AGREED, whole), v("P", west, east))
    assert one(r, "z1").change == Change.MODIFIED
    assert one(r, "z2").change == Change.ADDED
    (a,) = r.parties
    assert a.area_before_km2 == pytest.approx(SYRIA_SQUARE_KM2, abs=0.05)
    assert a.area_after_km2 == pytest.approx(SYRIA_SQUARE_KM2, abs=0.05)
    assert abs(a.net_km2) < SPLIT_SLACK_KM2
    assert r.transfers == ()  # the land stays with party A


def test_zone_handed_to_another_party_is_a_transfer():
    a = zone("z", box(35, 36, 36, 37), party="Opposition", name="Z")
    b = a.with_attributes(party="Government")
    r = diff_versions(v(AGREED, a), v("P", b))
    fd = one(r, "z")
    assert fd.change == Change.MODIFIED and fd.changed_attributes == ("party",)
    (t,) = r.transfers
    assert (t.frm, t.to) == ("Opposition", "Government")
    assert t.area_km2 == pytest.approx(SYRIA_SQUARE_KM2, abs=0.05)
    nets = {p.name: p.net_km2 for p in r.parties}
    assert nets["Opposition"] == pytest.approx(-SYRIA_SQUARE_KM2, abs=0.05)
    assert nets["Government"] == pytest.approx(SYRIA_SQUARE_KM2, abs=0.05)


def test_border_moved_between_two_parties():
    # A's east edge moves west by 0.25°: that strip passes to B, whose west edge follows
    a_old = zone("a", box(35, 36, 36, 37), party="A")
    b_old = zone("b", box(36, 36, 37, 37), party="B")
    a_new = zone("a", box(35, 36, 35.75, 37), party="A")
    b_new = zone("b", Polygon([(35.75, 36), (37, 36), (37, 37), (35.75, 37)]), party="B")
    r = diff_versions(v(AGREED, a_old, b_old), v("P", a_new, b_new))
    strip = quadrangle_km2(35.75, 36, 36, 37)
    (t,) = r.transfers
    assert (t.frm, t.to) == ("A", "B")
    assert t.area_km2 == pytest.approx(strip, rel=1e-8)
    nets = {p.name: p.net_km2 for p in r.parties}
    assert nets == {"A": pytest.approx(-strip, abs=SPLIT_SLACK_KM2),
                    "B": pytest.approx(strip, abs=SPLIT_SLACK_KM2)}


def test_buffer_zone_is_reported_but_not_territory():
    buf_old = zone("buf", box(35, 36, 35.1, 37), party="Monitors", kind="buffer")
    buf_new = zone("buf", box(35, 36, 35.2, 37), party="Monitors", kind="buffer")
    r = diff_versions(v(AGREED, buf_old), v("P", buf_new))
    fd = one(r, "buf")
    assert fd.is_buffer and fd.measures.gained_km2 > 0
    assert r.parties == () and r.transfers == ()
    assert [reg.kind for reg in r.regions] == ["gained"]


def test_line_moved_east_reports_the_geodesic_shift():
    # a north–south line at 35°E, 35°N moved 0.01° east. The truth from pyproj.Geod is
    # 0.91288 km (N(φ)·cos φ·Δλ on WGS84); the 0.9124 km quoted in the task is 0.5 m short.
    old = line("l", LineString([(35.0, 34.999), (35.0, 35.001)]))
    new = line("l", LineString([(35.01, 34.999), (35.01, 35.001)]))
    m = one(diff_versions(v(AGREED, old), v("P", new)), "l").measures
    _, _, at_35 = GEOD.inv(35.0, 35.0, 35.01, 35.0)
    assert at_35 / 1000 == pytest.approx(0.91288, abs=1e-5)
    _, _, south_end = GEOD.inv(35.0, 34.999, 35.01, 34.999)  # the widest point: the farthest
    assert m.shift.km == pytest.approx(south_end / 1000, abs=1e-3)
    assert m.mean_shift_km == pytest.approx(at_35 / 1000, rel=1e-3)
    length = GEOD.inv(35.0, 34.999, 35.0, 35.001)[2] / 1000
    assert m.area_between_km2 == pytest.approx(at_35 / 1000 * length, rel=1e-3)


def test_line_stretch_moved_uses_the_fast_path_and_matches_the_full_one():
    xs = [35 + i * 0.01 for i in range(21)]
    old = line("l", LineString([(x, 35.0) for x in xs]))
    moved = [(x, 35.0 + (0.02 if 8 <= i <= 11 else 0.0)) for i, x in enumerate(xs)]
    new = line("l", LineString(moved))
    fast = one(diff_versions(v(AGREED, old), v("P", new)), "l").measures
    full = one(diff_versions(v(AGREED, old), v("P", new), fast=False), "l").measures
    assert fast.fast and not full.fast
    _, _, d = GEOD.inv(35.08, 35.02, 35.08, 35.0)
    assert fast.shift.km == pytest.approx(d / 1000, abs=1e-3)
    assert fast.area_between_km2 == pytest.approx(full.area_between_km2, rel=1e-9)
    assert fast.shift.km == pytest.approx(full.shift.km, rel=1e-9)


def test_moved_and_removed_points():
    old = v(AGREED, point("p", Point(36, 35)), point("q", Point(36.1, 35)))
    new = v("P", point("p", Point(36.01, 35)), point("r", Point(36.2, 35)))
    r = diff_versions(old, new)
    assert one(r, "p").change == Change.MODIFIED
    assert one(r, "p").measures.shift.km == pytest.approx(
        GEOD.inv(36, 35, 36.01, 35)[2] / 1000, rel=1e-9)
    assert one(r, "q").change == Change.REMOVED and one(r, "r").change == Change.ADDED


def test_features_with_new_ids_are_matched_by_name_in_the_same_layer():
    old = v(AGREED, zone("old-id", box(35, 36, 36, 37), name="Idlib", party="A"),
            point("p1", Point(35, 35), name="Idlib"))
    new = v("P", zone("new-id", box(35, 36, 36, 37), name="Idlib", party="A"),
            point("p1", Point(35, 35), name="Idlib"))
    r = diff_versions(old, new)
    fd = one(r, "new-id")
    assert fd.change == Change.UNCHANGED and fd.old_id == "old-id"
    assert len(r.features) == 2


def test_ambiguous_names_are_not_matched():
    old = v(AGREED, zone("a", box(0, 0, 1, 1), name="X"), zone("b", box(2, 0, 3, 1), name="X"))
    new = v("P", zone("c", box(5, 0, 6, 1), name="X"))
    kinds = sorted(f.change.value for f in diff_versions(old, new).features)
    assert kinds == ["added", "removed", "removed"]
    # The same zone drawn where "a" was is paired by its shared area within the name's group
    # (tests/unit/core/test_diff_match_repeated_names.py), not by the name alone.
    new = v("P", zone("c", box(0, 0, 1, 1), name="X"))
    r = diff_versions(old, new)
    fd = one(r, "c")
    assert fd.change == Change.UNCHANGED and fd.old_id == "a" and fd.matched_by == "name"
    assert fd.match_detail == "X, 100% of the area shared, best of 2"
    assert one(r, "b").change == Change.REMOVED


def test_deltas_turn_old_into_new():
    old = v(AGREED, zone("z", box(35, 36, 36, 37), party="A"), point("p", Point(1, 1)))
    new = v("P", zone("z", box(35, 36, 35.5, 37), party="A"), point("q", Point(2, 2)))
    features = dict(old.features)
    for d in diff_versions(old, new).deltas():
        assert isinstance(d, Delta)
        if d.new is None:
            del features[d.id]
        else:
            features[d.id] = d.new
    assert features == new.features


def test_regions_are_connected_pieces_named_after_the_nearest_town():
    towns = [Town(1, "Khan Shaykhun", None, None, 36.64, 35.44, 50_000, "SY"),
             Town(2, "Morek", None, None, 36.68, 35.37, 10_000, "SY"),
             Town(3, "Far away", None, None, 40.0, 30.0, 1_000_000, "SY")]
    gaz = Gazetteer(towns)
    old = zone("z", box(36.5, 35.3, 36.8, 35.5), party="A")
    # two separate bites out of the zone: one near each town
    new = zone("z", box(36.5, 35.3, 36.8, 35.5).difference(box(36.62, 35.43, 36.66, 35.6))
               .difference(box(36.66, 35.2, 36.70, 35.34)), party="A")
    r = diff_versions(v(AGREED, old), v("P", new), gazetteer=gaz)
    lost = [reg for reg in r.regions if reg.kind == "lost"]
    assert len(lost) == 2
    assert {reg.near for reg in lost} == {"Khan Shaykhun", "Morek"}
    assert sum(reg.area_km2 for reg in lost) == pytest.approx(one(r, "z").measures.lost_km2)
    for reg in lost:
        assert reg.near_km is not None and reg.near_km < 6
        assert reg.geometry.contains(Point(reg.lon, reg.lat))
