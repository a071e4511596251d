"""The map's names leave the printed changes visible: on the sample's A3 comparison "Joint
monitoring centre" lay over the land Eastern Ghouta lost, because point labels were placed
before the overlay's areas were known. A label over a changed area moves to a free place
clear of it (a point's, if need be, away from its symbol with a leader line back)."""

from __future__ import annotations

import pytest
import shapely
from conftest import point, project_with, zone
from PySide6.QtCore import QLineF, QPointF, QRectF
from support.changed_land import hatched, lonlat_box

from zoneeditor import i18n
from zoneeditor.core.model import LayerKind
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.labels import leader_end
from zoneeditor.render.map_labels import MapLabels
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import PrintOptions
from zoneeditor.render.scene import Scene


def _over(rect: QRectF, view: Viewport, areas) -> list:
    """The areas (lon/lat) that ``rect`` (screen pixels) lies over."""
    return [a for a in areas if a.intersects(lonlat_box(rect, view))]


@pytest.fixture
def printed_labels(monkeypatch):
    """The feature labels a print job places, with the viewport they were placed in."""
    calls: list = []
    place = MapLabels.feature_labels

    def spy(self, viewport, scene, *args, **kwargs):
        labels = place(self, viewport, scene, *args, **kwargs)
        calls.append((viewport, labels))
        return labels

    monkeypatch.setattr(MapLabels, "feature_labels", spy)
    return calls


@pytest.mark.parametrize("lang, labels", [("en", "both"), ("ar", "local"), ("ru", "both")])
def test_the_a3_comparison_names_nothing_over_the_changed_areas(qapp, printed_labels, lang,
                                                                 labels):
    assert i18n.install(qapp, lang) == lang
    try:
        project = read_project(sample_path())
        job = PrintJob(project, "Proposal B", PrintOptions(
            paper="A3", landscape=True, diff_against="agreed", labels=labels,
            date="2026-01-01"))
        job.render_image(job.pages()[0], 150)
    finally:
        i18n.install(qapp, "en")
    (view, placed), = printed_labels
    assert job.diff is not None
    areas = hatched(job.diff.report)
    assert areas
    by_id = {lab.fid: lab for lab in placed}
    # every post is still named, the monitoring centre among them
    assert {f.id for f in project.version("Proposal B").layer(LayerKind.POINTS)} <= set(by_id)
    over = {lab.fid: len(_over(lab.rect, view, areas)) for lab in placed}
    assert not any(over.values()), over
    for lab in placed:  # a leader starts at the label's own symbol
        if lab.leader is not None:
            f = project.version("Proposal B").get(lab.fid)
            assert f is not None and f.layer == LayerKind.POINTS
            symbol = QPointF(*view.to_screen(f.geometry.x, f.geometry.y))
            assert QLineF(lab.leader, symbol).length() < 1


def _scene(features):
    return Scene(project=project_with(features), version="agreed", label_language="en")


def test_a_point_label_over_a_change_goes_to_the_other_side(qapp):
    post = point("p", "POINT (36.0 35.0)", name="Joint monitoring centre",
                 kind="monitoring centre")
    view = Viewport.fit((35.5, 34.6, 36.6, 35.4), 900, 600, margin=0.0)
    (right,) = MapPainter().feature_labels(view, _scene([post]))  # no change: on the right
    assert right.rect.left() > view.to_screen(36.0, 35.0)[0]
    lost = lonlat_box(right.rect.adjusted(20, 0, 0, 0), view)  # under its name
    (moved,) = MapPainter().feature_labels(view, _scene([post]), keep_off=[lost])
    assert not _over(moved.rect, view, [lost])
    assert moved.rect.right() < view.to_screen(36.0, 35.0)[0]  # on the left of its symbol
    assert moved.leader is None  # still right beside it


def _post_in_a_band():
    """A post, a view of it, where its symbol is on screen, and a band of changed land
    across the symbol's row, wider than the label on each side."""
    post = point("p", "POINT (36.0 35.0)", name="Joint monitoring centre",
                 kind="monitoring centre")
    view = Viewport.fit((35.5, 34.6, 36.6, 35.4), 900, 600, margin=0.0)
    sx, sy = view.to_screen(36.0, 35.0)
    return post, view, (sx, sy), lonlat_box(QRectF(sx - 400, sy - 25, 800, 50), view)


def test_a_point_label_with_changes_on_both_sides_moves_away_with_a_leader(qapp):
    post, view, (sx, sy), band = _post_in_a_band()
    (moved,) = MapPainter().feature_labels(view, _scene([post]), keep_off=[band])
    assert not _over(moved.rect, view, [band])
    assert moved.leader is not None
    assert QLineF(moved.leader, QPointF(sx, sy)).length() < 1
    # the canvas, which passes no areas, keeps the label beside its symbol
    (kept,) = MapPainter().feature_labels(view, _scene([post]))
    assert kept.leader is None and kept.rect.left() > sx


def test_a_leader_longer_than_allowed_leaves_the_label_out(qapp):
    """The window's cap (``leader_heights``): a label whose clear place is further from its
    symbol is left out, not drawn at the end of a long line; within the cap it is placed
    as before."""
    post, view, (sx, sy), band = _post_in_a_band()
    (away,) = MapPainter().feature_labels(view, _scene([post]), keep_off=[band])
    end = leader_end(away.rect, QPointF(sx, sy))
    heights = QLineF(QPointF(sx, sy), end).length() / away.rect.height()
    assert heights > 1.5
    assert MapPainter().feature_labels(view, _scene([post]), keep_off=[band],
                                       leader_heights=heights - 0.1) == []
    (kept,) = MapPainter().feature_labels(view, _scene([post]), keep_off=[band],
                                          leader_heights=heights + 0.1)
    assert kept.rect == away.rect and kept.leader is not None
    # beside its symbol a label needs no leader: the cap leaves it where it was
    (beside,) = MapPainter().feature_labels(view, _scene([post]), leader_heights=0.5)
    assert beside.leader is None and beside.rect.left() > sx


def test_a_zone_name_moves_off_its_changed_land_within_the_zone(qapp):
    z = zone("z", shapely.box(35.6, 34.7, 36.6, 35.3), name="Northern Hama")
    view = Viewport.fit((35.5, 34.6, 36.7, 35.4), 900, 600, margin=0.0)
    (first,) = MapPainter().feature_labels(view, _scene([z]))
    gained = lonlat_box(first.rect.adjusted(-10, -4, 10, 4), view)
    (moved,) = MapPainter().feature_labels(view, _scene([z]), keep_off=[gained])
    assert not _over(moved.rect, view, [gained])
    lon, lat = view.to_map(moved.rect.center().x(), moved.rect.center().y())
    assert z.geometry.contains(shapely.Point(lon, lat))  # still named on the zone
