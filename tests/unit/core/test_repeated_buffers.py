"""One line given two buffer zones (the buffer tool run twice): listed as a problem, and the
buffers' totals count the ground both cover once (an outside tester read "Monitors: 313.8 →
1,338.5 km²" and "no problems")."""

from __future__ import annotations

import pytest
from shapely import LineString

from zoneeditor.core.buffer import buffer_zone
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_area import fast_area_km2
from zoneeditor.core.diff_report import buffer_totals
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.validate import repeated_buffers, validate_version

LINE = LineString([(36.4, 35.4), (36.8, 35.5), (37.2, 35.45)])


def buffer(fid: str, km: float, line_id: str = "line") -> Feature:
    return Feature(fid, LayerKind.ZONES, buffer_zone(LINE, km, km),
                   {"name": f"Buffer {km:g} km", "party": "Monitors", "kind": "buffer",
                    "source_line": line_id, "width_left_km": km, "width_right_km": km})


def _line() -> Feature:
    return Feature("line", LayerKind.LINES, LINE, {"name": "Idlib–Hama line of contact"})


def test_a_second_buffer_of_one_line_is_listed_naming_the_first():
    v = Version("P", {f.id: f for f in (_line(), buffer("b2", 2), buffer("b3", 3))})
    (problem,) = repeated_buffers(v)
    assert problem.feature_id == "b3"
    assert str(problem.message).startswith(
        "is a second buffer zone of Idlib–Hama line of contact over Buffer 2 km (")
    assert problem.area_km2 == pytest.approx(fast_area_km2(v.get("b2").geometry), rel=1e-3)
    assert any(p.feature_id == "b3" for p in validate_version(v))


def test_one_buffer_per_line_is_no_problem():
    v = Version("P", {f.id: f for f in (_line(), buffer("b2", 2))})
    assert repeated_buffers(v) == []


def test_the_buffers_total_counts_the_ground_both_cover_once():
    agreed = Version("agreed", {f.id: f for f in (_line(), buffer("b2", 2))})
    proposal = Version("P", {f.id: f for f in (_line(), buffer("b2", 2), buffer("b3", 3))})
    (monitors,) = buffer_totals(diff_versions(agreed, proposal))
    two, three = (fast_area_km2(proposal.get(i).geometry) for i in ("b2", "b3"))
    assert monitors.area_before_km2 == pytest.approx(two)
    # the 3 km buffer covers the 2 km one: together they cover what the 3 km one covers
    assert monitors.area_after_km2 == pytest.approx(three, rel=1e-6)
    assert monitors.area_after_km2 < two + three - 1


def test_buffers_that_do_not_overlap_are_summed_as_measured():
    far = LineString([(38.4, 36.4), (38.8, 36.5)])
    other = Feature("b9", LayerKind.ZONES, buffer_zone(far, 2, 2),
                    {"name": "East buffer", "party": "Monitors", "kind": "buffer"})
    agreed = Version("agreed", {f.id: f for f in (_line(), buffer("b2", 2))})
    proposal = Version("P", {f.id: f for f in (_line(), buffer("b2", 2), other)})
    report = diff_versions(agreed, proposal)
    (monitors,) = buffer_totals(report)
    measured = {fd.id: fd.measures.area_after_km2 for fd in report.features}
    assert monitors.area_after_km2 == pytest.approx(
        fast_area_km2(agreed.get("b2").geometry) + measured["b9"], rel=1e-9)
