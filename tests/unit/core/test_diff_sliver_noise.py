"""The sliver threshold from the data estimates the digitising noise, never a real move.

A tester compared the sample's agreed lines with a file of the same lines redrawn by
another tool (densified, every vertex ±30 m off) in which the Idlib–Hama border had also
moved 5 km: the threshold came out "thinner than 5.23663 km" and the land that border
moved was summed up among "smaller pieces". The noise was the distance nine vertices in
ten stay within, per feature, median over features: when half the changed boundaries
moved, that was the move.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from support.redraw import redraw

from zoneeditor.core import diff_slivers as slivers
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_change import Change
from zoneeditor.core.diff_regions import split_regions
from zoneeditor.core.diff_report import summary_text
from zoneeditor.core.diff_slivers import SOURCE_MIN_WIDTH_KM, SliverRule
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.io.project_file import read_project
from zoneeditor.io.resources import sample_path

#: The land the moved border hands from Government to Opposition (km², about).
MOVED_KM2 = 232.4


@pytest.fixture(scope="module")
def sample():
    return read_project(sample_path())


@pytest.fixture(scope="module")
def towns():
    return load_gazetteer()


def _listed(report):
    return [p for t in report.transfers for p in t.pieces]


@pytest.mark.parametrize("seed", [1, 2])
def test_a_redrawn_copy_lists_nothing(sample, towns, seed):
    r = diff_versions(sample.agreed, redraw(sample.agreed, seed=seed), towns)
    rule = r.slivers.rule
    assert rule.from_data and 0.02 < rule.noise_km < 0.04  # ±30 m
    assert rule.min_width_km == SOURCE_MIN_WIDTH_KM
    assert r.regions == () and _listed(r) == []
    assert r.slivers.transfers.count > 100  # the crumbs along every border, summed up
    assert "thinner than 50 m" in summary_text(r)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_redrawn_copy_with_a_moved_border_lists_the_move_with_its_town(sample, towns,
                                                                          seed):
    r = diff_versions(sample.agreed, redraw(sample.agreed, move_km=5.0, seed=seed), towns)
    rule = r.slivers.rule
    assert rule.noise_km < 0.04 and rule.min_width_km == SOURCE_MIN_WIDTH_KM
    (piece,) = _listed(r)
    (moved,) = [t for t in r.transfers if t.pieces]
    assert (moved.frm, moved.to) == ("Government", "Opposition")
    assert piece.area_km2 == pytest.approx(MOVED_KM2, abs=1.0) and piece.near
    kinds = {(fd.name, reg.kind) for fd in r.features for reg in r.regions_of(fd.id)}
    assert {("Idlib", "gained"), ("Northern Hama", "lost")} <= kinds
    assert all(reg.near for reg in r.regions)
    text = summary_text(r)
    assert "passes from Government to Opposition" in text and "thinner than 50 m" in text


def test_when_most_of_the_changed_boundaries_moved_the_threshold_is_capped(sample, towns):
    # Only the line of contact and the buffer zone redrawn, both moved along nearly all of
    # their length: no quarter of the vertices follows the other drawing.
    new = redraw(sample.agreed, move_km=5.0, only={"zone-buffer-idlib", "line-idlib-hama"})
    r = diff_versions(sample.agreed, new, towns)
    assert r.slivers.rule.min_width_km == slivers.MAX_WIDTH_KM
    kinds = sorted(reg.kind for reg in r.regions)
    assert kinds == ["gained", "lost"]
    assert min(reg.area_km2 for reg in r.regions) > 150


def test_copies_are_unchanged(sample, towns):
    for copy in (redraw(sample.agreed, jitter_m=0, step=10),
                 redraw(sample.agreed, jitter_m=0)):  # the same lines, densified
        r = diff_versions(sample.agreed, copy, towns)
        assert all(fd.change == Change.UNCHANGED for fd in r.features)
        assert r.regions == () and r.transfers == ()


def test_the_sample_proposal_keeps_its_report(sample, towns):
    r = diff_versions(sample.agreed, sample.versions["Proposal B"], towns)
    assert r.slivers.rule == SliverRule()  # one drawing edited: only crumbs summed up
    assert [round(p.area_km2, 1) for p in _listed(r)] == [275.2, 57.2]
    assert len(r.regions) == 5 and r.slivers.regions.count == 8


def test_the_noise_ignores_moved_vertices_however_many():
    rng = np.random.default_rng(3)
    jitter = rng.uniform(0, 0.03, 1000)
    for share in (0.0, 0.3, 0.6):
        moved = rng.uniform(1.0, 6.0, int(1000 * share / (1 - share)))
        assert slivers.noise_km([jitter[:500], np.concatenate([jitter[500:], moved])]) == \
            pytest.approx(0.027, abs=0.002), share
    assert slivers.noise_km([]) == 0.0 and slivers.noise_km([np.zeros(50)]) == 0.0


def test_a_large_piece_is_listed_however_thin():
    strip = shapely.box(36.0, 35.0, 36.0 + 0.003, 35.0 + 0.15)  # ~270 m by 17 km: 4.5 km²
    ribbon = shapely.box(36.2, 35.0, 36.2 + 0.003, 35.0 + 0.5)  # ~270 m by 55 km: 15 km²
    rule = SliverRule(0.05, slivers.MAX_WIDTH_KM, 0.0, True, 0.2, list_km2=slivers.LIST_KM2)
    split = split_regions(shapely.MultiPolygon([strip, ribbon]), "gained", "z", None,
                          rule=rule)
    assert [round(r.area_km2) for r in split.listed] == [15]
    assert split.smaller.count == 1
    assert slivers.LIST_KM2 < 15
    given = SliverRule(0.05, slivers.MAX_WIDTH_KM, 0.0, False)  # --min-width: the user's word
    assert split_regions(ribbon, "gained", "z", None, rule=given).listed == []
