"""The diff of two sources of the same boundaries (issue #12 items 1, 7, 8): matching across
ids, slivers summed up, tolerance, fingerprint and diff never contradicting."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from conftest import zone
from hypothesis import given, settings
from hypothesis import strategies as st
from support.realdata import MOVE_KM, MOVED, UNITS, hausdorff_km, moved, truth

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_change import Change
from zoneeditor.core.diff_report import csv_rows, report_to_dict, summary_text
from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.core.model import AGREED, Version


def v(name, *features):
    return Version(name, {f.id: f for f in features})


def one(report, fid):
    (fd,) = [f for f in report.features if f.id == fid]
    return fd


BOX = shapely.box(36.4, 35.7, 36.9, 36.1)


def test_matched_by_a_shared_code_system():
    old = v(AGREED, zone("a", BOX, name="Governorate 7", iso_3166_2="SY-ID"))
    new = v("P", zone("b", BOX.buffer(0.01), name="Idleb", shapeISO="SY-ID"))
    fd = one(diff_versions(old, new), "b")
    assert fd.change == Change.MODIFIED and fd.old_id == "a"
    assert fd.matched_by == "code" and fd.match_detail == "ISO 3166-2 SY-ID"
    # Different code systems (P-code, ISO) are never compared with each other.
    other = v("P", zone("b", BOX.buffer(0.01), name="Elsewhere", shapeISO="SY07"))
    old_p = v(AGREED, zone("a", shapely.box(30, 30, 31, 31), name="X", ADM1_PCODE="SY07"))
    kinds = sorted(f.change.value for f in diff_versions(old_p, other).features)
    assert kinds == ["added", "removed"]


def test_matched_by_name_and_by_spelling_variant_confirmed_by_geometry():
    old = v(AGREED, zone("a", BOX, name="Idlib Governorate"),
            zone("d", shapely.box(37, 35, 37.5, 35.4), name="Deir ez-Zor"))
    new = v("P", zone("b", BOX, name="IDLIB"),
            zone("e", shapely.box(37, 35, 37.5, 35.45), name="Dayr az Zawr"))
    r = diff_versions(old, new)
    b = one(r, "b")
    assert (b.matched_by, b.geometry_changed, b.changed_attributes) == ("name", False,
                                                                        ("name",))
    assert one(r, "e").matched_by == "name variant"
    assert one(r, "e").match_detail == "Deir ez-Zor / Dayr az Zawr"
    # A spelling variant far away is another place: not matched.
    far = v("P", zone("e", shapely.box(40, 35, 40.5, 35.45), name="Dayr az Zawr"))
    kinds = sorted(f.change.value for f in diff_versions(old, far).features)
    assert kinds == ["added", "removed", "removed"]


def test_matched_by_shared_area_one_to_one():
    old = v(AGREED, zone("a", BOX, name="Aleppo"))
    new = v("P", zone("b", BOX.buffer(0.005), name="Halab Governorate (as its people say)"))
    fd = one(diff_versions(old, new), "b")
    assert fd.matched_by in ("overlap", "name variant") and fd.old_id == "a"
    exonym = v("P", zone("b", BOX.buffer(0.005), name="Beroea"))
    fd = one(diff_versions(old, exonym), "b")
    assert fd.matched_by == "overlap" and fd.match_detail.endswith("% of the area shared")
    # Three thirds of one zone share all of *their* area with it, but not most of its area.
    thirds = v("P", *[zone(f"t{i}", shapely.box(36.4 + i / 6, 35.7, 36.4 + (i + 1) / 6, 36.1))
                      for i in range(3)])
    kinds = sorted(f.change.value for f in diff_versions(old, thirds).features)
    assert kinds == ["added", "added", "added", "removed"]


def test_the_report_says_how_features_were_matched():
    old = v(AGREED, zone("a", BOX, name="Idlib", ADM1_PCODE="SY07"))
    new = v("P", zone("b", BOX.buffer(0.01), name="Idleb", ADM1_PCODE="SY07"))
    r = diff_versions(old, new)
    d = report_to_dict(r)
    assert d["matching"] == {"code": 1}
    (rec,) = d["features"]
    assert rec["matched_by"] == "code" and rec["match_detail"] == "OCHA P-code SY07"
    assert "Features with different ids matched 1 by code." in summary_text(r)
    assert "matched by code: OCHA P-code SY07" in summary_text(r)
    assert csv_rows(r)[0]["matched_by"] == "code"


# -- fingerprint and diff agree -----------------------------------------------------------------
coords = st.floats(min_value=-1.0, max_value=1.0, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(coords, coords), min_size=3, max_size=12), st.integers(0, 10**6))
def test_same_fingerprint_means_unchanged(points, seed):
    ring = shapely.convex_hull(shapely.MultiPoint([(36 + x, 35 + y) for x, y in points]))
    if ring.geom_type != "Polygon" or ring.area < 1e-6:
        return
    rng = np.random.default_rng(seed)
    xy = shapely.get_coordinates(ring.exterior)[:-1]
    # noise below the 7th decimal, as a GeoJSON or KML round trip leaves it
    noisy = np.round(xy, 7) + rng.uniform(-2e-8, 2e-8, xy.shape)
    a = zone("z", ring, name="Idlib")
    b = zone("z", shapely.Polygon(noisy), name="Idlib")
    if fingerprint([a]) == fingerprint([b]):
        fd = one(diff_versions(v(AGREED, a), v("P", b)), "z")
        assert fd.change == Change.UNCHANGED


def test_attribute_values_compare_as_the_fingerprint_sees_them():
    import datetime

    a = zone("z", BOX, signed=datetime.date(2017, 5, 4), n=2.0)
    b = zone("z", BOX, signed="2017-05-04", n=2)
    assert fingerprint([a]) == fingerprint([b])
    assert one(diff_versions(v(AGREED, a), v("P", b)), "z").change == Change.UNCHANGED


# -- tolerance ----------------------------------------------------------------------------------
def test_tolerance_treats_near_boundaries_as_the_same_line():
    shifted = shapely.affinity.translate(BOX, xoff=0.003)  # ~270 m east
    old, new = v(AGREED, zone("z", BOX, party="A")), v("P", zone("z", shifted, party="A"))
    plain = one(diff_versions(old, new), "z")
    assert plain.change == Change.MODIFIED and 0.25 < plain.measures.shift.km < 0.3
    r = diff_versions(old, new, tolerance_km=0.5)
    fd = one(r, "z")
    assert fd.change == Change.UNCHANGED and not fd.geometry_changed
    assert fd.within_tolerance_km == pytest.approx(plain.measures.shift.km)
    assert r.transfers == () and r.regions == ()
    assert "Within the tolerance of 0.50 km" in summary_text(r)
    assert one(diff_versions(old, new, tolerance_km=0.1), "z").change == Change.MODIFIED


# -- two sources: slivers summed up, the real change listed -------------------------------------
def _sources(parties=True):
    detailed, coarse = truth(), {}
    for en, *_ in UNITS:
        g = moved(detailed[en], MOVE_KM) if en == MOVED else detailed[en]
        coarse[en] = shapely.simplify(g, 0.01, preserve_topology=True)
    party = {en: ("A" if i % 2 else "B") if parties else "" for i, (en, *_) in
             enumerate(UNITS)}
    old = v(AGREED, *[zone(f"o{i}", detailed[en], name=en, party=party[en])
                      for i, (en, *_) in enumerate(UNITS)])
    new = v("P", *[zone(f"n{i}", coarse[en], name=en, party=party[en])
                   for i, (en, *_) in enumerate(UNITS)])
    return old, new


def test_slivers_between_two_sources_are_summed_up_in_every_output():
    old, new = _sources()
    r = diff_versions(old, new)
    assert r.slivers.rule.from_data and r.slivers.rule.min_width_km > 0.05
    assert r.slivers.transfers.count > 20  # the crumbs along every shared border
    listed = [p for t in r.transfers for p in t.pieces]
    assert len(listed) > 0 and len(listed) * 10 < r.slivers.transfers.count
    for t in r.transfers:  # nothing is lost: listed + smaller = the transfer's total
        total = sum(p.area_km2 for p in t.pieces) + t.smaller.area_km2
        assert total == pytest.approx(t.area_km2, rel=1e-6, abs=1e-6)
    text = summary_text(r)
    line = r.slivers.transfer_line()
    assert line in text and "smaller pieces" in line and "km² in all" in line
    d = report_to_dict(r)
    assert d["slivers"]["transfers"]["count"] == r.slivers.transfers.count
    assert sum(t["smaller_pieces"]["count"] for t in d["transfers"]) == \
        r.slivers.transfers.count
    rows = csv_rows(r)
    assert rows[-1]["change"] == "smaller pieces"
    assert rows[-1]["smaller_pieces"] == r.slivers.transfers.count
    # The border really moved by 6 km is listed, not summed up.
    assert max(p.area_km2 for p in listed) > 100
    # Given thresholds win over the data's.
    r2 = diff_versions(old, new, min_area_km2=0.0, min_width_km=0.0)
    assert not r2.slivers.rule.from_data and r2.slivers.transfers.count == 0


def test_edits_of_one_drawing_keep_small_changes_listed():
    old, _ = _sources()
    z = old.get("o0")
    ring = shapely.get_coordinates(z.geometry.exterior).copy()
    ring[10:13, 0] += 0.002  # a 200 m nudge of three vertices, as a delegate would drag
    edited = v("P", *[f for f in old if f.id != "o0"],
               z.with_geometry(shapely.Polygon(ring)))
    r = diff_versions(old, edited)
    assert r.slivers.rule.min_width_km == 0 and r.slivers.rule.min_area_km2 == 0.001
    assert [reg.kind for reg in r.regions_of("o0")] == ["gained"]


def test_largest_shift_per_feature_is_right():
    old, new = _sources(parties=False)
    r = diff_versions(old, new)
    assert sum(1 for f in r.features if f.change == Change.MODIFIED) == len(UNITS)
    for i, (en, *_) in enumerate(UNITS):
        fd = one(r, f"n{i}")
        truth_km = hausdorff_km(old.get(f"o{i}").geometry, new.get(f"n{i}").geometry)
        assert truth_km - 0.01 <= fd.measures.shift.km <= truth_km + 0.1, en
    moved_fd = one(r, f"n{[u[0] for u in UNITS].index(MOVED)}")
    assert moved_fd.measures.shift.km == pytest.approx(MOVE_KM, abs=1.5)
