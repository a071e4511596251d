"""Town names keep off a printed comparison's changed land, as the map's own labels do.

On the sample's A3 comparison Dūmā, ʿIrbīn and Jaramānā were printed over the land Eastern
Ghouta lost: the feature labels had been taught to keep off the overlay's areas, the
basemap's towns not. A town's name goes to its dot's other side when that is clear, else it
is left out with its dot; the window (no areas given) names towns as before.
"""

from __future__ import annotations

import pytest
import shapely
from conftest import project_with
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from zoneeditor import i18n
from zoneeditor.core.places import Gazetteer, Town
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.diff_overlay import changed_areas
from zoneeditor.render.labels import TextPainter
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import PrintOptions
from zoneeditor.render.scene import Scene
from zoneeditor.render.style import MapStyle

TOWN_COLOUR = QColor(MapStyle().town_label).name()


def _box(rect: QRectF, view: Viewport):
    lon0, lat1 = view.to_map(rect.left(), rect.top())
    lon1, lat0 = view.to_map(rect.right(), rect.bottom())
    return shapely.box(lon0, lat0, lon1, lat1)


@pytest.fixture
def town_names(monkeypatch):
    """(text, rect) of each town name drawn, and the views the names were placed in."""
    drawn: list[tuple[str, QRectF]] = []
    views: list[Viewport] = []
    draw = TextPainter.draw

    def spy_draw(self, painter, text, font, anchor, colour, halo, halo_width=3.0,
                 align="center"):
        if colour.name() == TOWN_COLOUR:
            drawn.append((text, self.rect_at(text, font, anchor, align)))
        return draw(self, painter, text, font, anchor, colour, halo, halo_width, align)

    names = MapPainter.paint_names

    def spy_names(self, painter, viewport, scene, *args, **kwargs):
        views.append(viewport)
        return names(self, painter, viewport, scene, *args, **kwargs)

    monkeypatch.setattr(TextPainter, "draw", spy_draw)
    monkeypatch.setattr(MapPainter, "paint_names", spy_names)
    return drawn, views


@pytest.mark.parametrize("lang, labels", [("en", "en"), ("ar", "local"), ("ru", "both")])
def test_the_a3_comparison_prints_no_town_name_over_the_changed_land(qapp, town_names,
                                                                     lang, labels):
    drawn, views = town_names
    assert i18n.install(qapp, lang) == lang
    try:
        job = PrintJob(read_project(sample_path()), "Proposal B", PrintOptions(
            paper="A3", landscape=True, diff_against="agreed", labels=labels,
            date="2026-01-01"))
        job.render_image(job.pages()[0], 100)
    finally:
        i18n.install(qapp, "en")
    (view,) = views
    assert job.diff is not None
    areas = changed_areas(view, job.diff.report)
    assert areas
    assert len(drawn) > 50  # the towns are still named around the changes
    over = [text for text, rect in drawn if any(a.intersects(_box(rect, view))
                                                for a in areas)]
    assert not over, over


def _towns_scene(*towns: Town) -> Scene:
    return Scene(project=project_with(), version="agreed", label_language="en",
                 gazetteer=Gazetteer(towns))


def _paint_towns(scene: Scene, view: Viewport, keep_off=()) -> list[tuple[str, QRectF]]:
    drawn: list[tuple[str, QRectF]] = []
    painter = MapPainter()
    draw = painter.text.draw

    def spy(p, text, font, anchor, colour, halo, halo_width=3.0, align="center"):
        if colour.name() == TOWN_COLOUR:
            drawn.append((text, painter.text.rect_at(text, font, anchor, align)))
        draw(p, text, font, anchor, colour, halo, halo_width, align)

    painter.text.draw = spy  # a spy on this painter alone
    image = QImage(view.width, view.height, QImage.Format.Format_RGB32)
    qp = QPainter(image)
    painter.paint_names(qp, view, scene, [], keep_off)
    qp.end()
    return drawn


def test_a_town_name_over_a_change_goes_to_its_dot_s_other_side_or_is_left_out(qapp):
    town = Town(1, "Jaramānā", None, None, 36.0, 35.0, 300_000, "SY")
    view = Viewport.fit((35.5, 34.6, 36.5, 35.4), 900, 600, margin=0.0)
    scene = _towns_scene(town)
    ((_, right),) = _paint_towns(scene, view)  # no areas (the window): on the right
    sx, _ = view.to_screen(36.0, 35.0)
    assert right.left() > sx
    lost = _box(right, view)
    ((_, moved),) = _paint_towns(scene, view, [lost])
    assert moved.right() < sx and not lost.intersects(_box(moved, view))
    both = _box(QRectF(sx - 300, right.top(), 600, right.height()), view)
    assert _paint_towns(scene, view, [both]) == []  # no side clear: left out
