"""Names on a printed map lie whole inside its frame, never half under it.

The sample's Arabic sheet printed with local labels had "صلخد" (Salkhad) with its lower half
under the frame line, "أم الفحم" and "الرويشد" touching it, the dot of Kíti on it, and the
English sheet "DHEKELIA" cut by the frame's left edge: each name was measured against the
view's edge, not against what the sheet's frame line and the name's own halo cover. A name
the frame would cut goes to its dot's other side, above or below it, or is left out. The
zones' and points' labels and the zones' numbered circles keep the same room.
"""

from __future__ import annotations

import pytest
from conftest import project_with
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from zoneeditor import i18n
from zoneeditor.core.places import Gazetteer, Town
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.labels import TextPainter
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_layout import PrintJob, frame_line_width
from zoneeditor.render.print_options import PrintOptions
from zoneeditor.render.scene import Scene


@pytest.fixture
def names_drawn(monkeypatch):
    """(text, rect grown by its halo) of every text the map's painter draws: town and
    country names, the zones' and points' labels, the numbers of the zones' callouts."""
    drawn: list[tuple[str, QRectF]] = []
    draw = TextPainter.draw

    def spy_draw(self, painter, text, font, anchor, colour, halo, halo_width=3.0,
                 align="center"):
        h = halo_width / 2
        drawn.append((text, self.rect_at(text, font, anchor, align).adjusted(-h, -h, h, h)))
        return draw(self, painter, text, font, anchor, colour, halo, halo_width, align)

    monkeypatch.setattr(TextPainter, "draw", spy_draw)
    return drawn


@pytest.mark.parametrize("lang, labels, options", [
    ("en", "en", {}),
    ("ar", "local", {}),
    ("ru", "both", {}),
    ("ar", "local", {"paper": "A3", "landscape": True, "diff_against": "agreed"}),
    ("en", "en", {"scale": 1_000_000}),
])
def test_every_printed_name_lies_whole_inside_the_frame_line(qapp, names_drawn, lang, labels,
                                                             options):
    assert i18n.install(qapp, lang) == lang
    try:
        version = "Proposal B" if options.get("diff_against") else "agreed"
        job = PrintJob(read_project(sample_path()), version, PrintOptions(
            labels=labels, date="2026-01-01", **options))
        _, result = job.render_image(job.pages()[0], 150)
    finally:
        i18n.install(qapp, "en")
    view = result.viewport
    inner = frame_line_width(result.layout.px_per_mm) / 2  # the frame line over the map
    visible = QRectF(0, 0, view.width, view.height).adjusted(inner, inner, -inner, -inner)
    names = [text for text, _ in names_drawn]
    assert len(names) > 20  # the towns are still named up to the edges
    features = {str(value) for f in job.version for key in ("name", "name_local", "name_ru")
                if (value := f.attributes.get(key) if key != "name" else f.name)}
    assert any(f in name for name in names for f in features)  # features' labels too
    cut = [text for text, rect in names_drawn if not visible.contains(rect)]
    assert not cut, cut


def _paint(view: Viewport, *towns: Town) -> list[tuple[str, QRectF]]:
    """Paint ``towns`` on a plain view; (name, rect) of each name drawn."""
    scene = Scene(project=project_with(), version="agreed", label_language="en",
                  gazetteer=Gazetteer(towns))
    drawn: list[tuple[str, QRectF]] = []
    painter = MapPainter()
    draw = painter.text.draw

    def spy(p, text, font, anchor, colour, halo, halo_width=3.0, align="center"):
        drawn.append((text, painter.text.rect_at(text, font, anchor, align)))
        draw(p, text, font, anchor, colour, halo, halo_width, align)

    painter.text.draw = spy  # a spy on this painter alone
    image = QImage(view.width, view.height, QImage.Format.Format_RGB32)
    qp = QPainter(image)
    painter.paint_names(qp, view, scene, [])
    qp.end()
    return drawn


VIEW = Viewport.fit((35.0, 34.0, 37.0, 35.0), 800, 400, margin=0.0)


def _town_at(sx: float, sy: float, name: str = "Ruwaished") -> Town:
    lon, lat = VIEW.to_map(sx, sy)
    return Town(1, name, None, None, lon, lat, 300_000, "JO")


def test_a_name_at_the_right_edge_goes_to_the_left_of_its_dot(qapp):
    ((_, rect),) = _paint(VIEW, _town_at(VIEW.width - 20, 200))
    assert rect.right() < VIEW.width - 20  # inward, whole
    assert rect.left() >= 0


def test_a_name_in_a_corner_goes_above_or_below_its_dot(qapp):
    """In the bottom right corner neither side is free of the edge's cut, the left side
    reaching below the frame; the name goes above its dot, whole."""
    sy = VIEW.height - 6
    ((_, rect),) = _paint(VIEW, _town_at(VIEW.width - 40, sy, "Al Qurayyāt"))
    assert rect.bottom() < sy and rect.right() <= VIEW.width


def test_a_dot_on_the_edge_is_left_out_with_its_name(qapp):
    assert _paint(VIEW, _town_at(VIEW.width - 1, 200)) == []
    assert _paint(VIEW, _town_at(400, 1)) == []


def test_a_name_in_the_middle_stays_on_its_script_s_side(qapp):
    ((_, rect),) = _paint(VIEW, _town_at(400, 200))
    assert rect.left() > 400


def test_a_point_s_label_keeps_the_frame_s_room_too(qapp):
    """A post whose label, on its usual side, would end a pixel inside the view's edge (its
    halo and a sheet's frame line over its last letters) is labelled elsewhere, whole."""
    from conftest import point

    from zoneeditor.render.style import MapStyle

    def label_of(sx: float):
        lon, lat = VIEW.to_map(sx, 200)
        post = point("p", f"POINT ({lon} {lat})", name="Observation post Surman",
                     kind="observation post")
        scene = Scene(project=project_with([post]), version="agreed", label_language="en")
        (label,) = MapPainter().feature_labels(VIEW, scene)
        return label.rect

    middle = label_of(400)
    reach = middle.right() - 400  # how far right of its post the label ends
    assert reach > 0  # (on its right in the middle of the map)
    rect = label_of(VIEW.width - 1 - reach)
    m = MapStyle().edge_margin
    assert QRectF(0, 0, VIEW.width, VIEW.height).adjusted(m, m, -m, -m).contains(rect)
