"""Party totals and transfers in the harder cases: overlaps, several zones, odd geometry."""

from __future__ import annotations

import pytest
from conftest import zone
from shapely import MultiPolygon, Polygon, box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_match import Change
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.model import AGREED, Version


def v(name: str, *features) -> Version:
    return Version(name, {f.id: f for f in features})


def test_land_still_covered_by_another_zone_of_the_party_is_not_lost():
    # z2 overlaps z1 and does not change; z1 retreats into the overlap: A keeps the land
    z1_old = zone("z1", box(35.0, 35, 35.2, 35.1), party="A")
    z2 = zone("z2", box(35.1, 35, 35.3, 35.1), party="A")
    z1_new = zone("z1", box(35.0, 35, 35.1, 35.1), party="A")
    r = diff_versions(v(AGREED, z1_old, z2), v("P", z1_new, z2))
    assert r.feature("z1").measures.lost_km2 > 0
    assert r.transfers == ()
    (a,) = r.parties
    whole = area_km2(box(35.0, 35, 35.3, 35.1))
    # union, not the sum (1e-6: the union has extra vertices on geodesic edges)
    assert a.area_before_km2 == pytest.approx(whole, rel=1e-6)
    assert a.area_after_km2 == pytest.approx(whole, rel=1e-6)


def test_retreat_into_a_standing_zone_of_another_party_is_not_a_transfer_to_it():
    # B's zone overlaps A's in both versions; A's retreat leaves B holding what it held
    a_old = zone("a", box(35.0, 35, 35.2, 35.1), party="A")
    b = zone("b", box(35.1, 35, 35.3, 35.1), party="B")
    a_new = zone("a", box(35.0, 35, 35.1, 35.1), party="A")
    r = diff_versions(v(AGREED, a_old, b), v("P", a_new, b))
    # A lost the strip 35.1–35.2, but B covered it before too: not A -> B, and not A -> none
    # either (the land is still held, by B)
    assert r.transfers == ()


def test_zone_given_to_no_party_and_taken_from_none():
    old = v(AGREED, zone("z", box(35, 35, 35.1, 35.1), party="A"))
    new = v("P", zone("z", box(35, 35, 35.1, 35.1), party=""))
    r = diff_versions(old, new)
    (t,) = r.transfers
    assert (t.frm, t.to) == ("A", None)
    back = diff_versions(new, old)
    (t2,) = back.transfers
    assert (t2.frm, t2.to) == (None, "A")
    assert t2.area_km2 == pytest.approx(t.area_km2)


def test_multipart_zone_change_uses_the_full_path():
    old = zone("z", MultiPolygon([box(35, 35, 35.1, 35.1), box(35.2, 35, 35.3, 35.1)]),
               party="A")
    new = zone("z", MultiPolygon([box(35, 35, 35.1, 35.1), box(35.2, 35, 35.35, 35.1)]),
               party="A")
    r = diff_versions(v(AGREED, old), v("P", new))
    m = r.feature("z").measures
    assert not m.fast
    assert m.gained_km2 == pytest.approx(area_km2(box(35.3, 35, 35.35, 35.1)), rel=1e-9)
    (t,) = r.transfers
    assert (t.frm, t.to) == (None, "A")


def test_self_intersecting_zone_is_measured_without_crashing():
    good = zone("z", box(35, 35, 35.1, 35.1), party="A")
    bowtie = zone("z", Polygon([(35, 35), (35.1, 35.1), (35.1, 35), (35, 35.1)]), party="A")
    r = diff_versions(v(AGREED, good), v("P", bowtie))
    fd = r.feature("z")
    assert fd.change == Change.MODIFIED
    assert fd.measures.lost_km2 > 0
    assert fd.measures.shift.km > 0


def test_empty_versions_and_empty_geometry():
    assert diff_versions(v(AGREED), v("P")).is_empty
    empty = zone("z", Polygon(), party="A")
    r = diff_versions(v(AGREED, empty), v("P", zone("z", box(35, 35, 35.1, 35.1), party="A")))
    assert r.feature("z").measures.gained_km2 > 0
